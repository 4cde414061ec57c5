package io.gridcase.engine.lifecycle;

import io.gridcase.handling.FeedbackMails;

import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendFeedbackMail} (反馈): tells the reporter the outcome. The mail is queued in the
 * outbox with the step and sent after it commits, so an SMTP outage delays it, never the case.
 */
@Component("sendFeedbackMailDelegate")
public class SendFeedbackMailDelegate implements JavaDelegate {

  private final FeedbackMails mails;

  public SendFeedbackMailDelegate(FeedbackMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.feedback(BusinessKey.caseNumber(execution));
  }
}
