package io.gridcase.engine.lifecycle;

import io.gridcase.handling.FeedbackMails;
import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendFeedbackSms} (发送反馈短信): tells a reporter who left only a phone the outcome.
 * The message is queued in the SMS outbox with this step; its own {@code send-sms} instance carries it.
 */
@Component("sendFeedbackSmsDelegate")
public class SendFeedbackSmsDelegate implements JavaDelegate {

  private final FeedbackMails feedback;

  public SendFeedbackSmsDelegate(FeedbackMails feedback) {
    this.feedback = feedback;
  }

  @Override
  public void execute(DelegateExecution execution) {
    feedback.feedbackBySms(BusinessKey.caseNumber(execution));
  }
}
