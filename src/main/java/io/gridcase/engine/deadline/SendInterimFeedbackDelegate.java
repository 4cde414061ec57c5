package io.gridcase.engine.deadline;

import io.gridcase.sla.InterimFeedback;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendInterimFeedback} of stage-deadline: at a FEEDBACK watch's reminder, when the
 * feedback-deadline decision asked for it, the reporter hears the case is being handled and by when
 * (阶段性反馈, ADR 31).
 */
@Component("sendInterimFeedbackDelegate")
public class SendInterimFeedbackDelegate implements JavaDelegate {

  private final InterimFeedback interim;

  public SendInterimFeedbackDelegate(InterimFeedback interim) {
    this.interim = interim;
  }

  @Override
  public void execute(DelegateExecution execution) {
    interim.tell(WatchStep.caseNumber(execution));
  }
}
