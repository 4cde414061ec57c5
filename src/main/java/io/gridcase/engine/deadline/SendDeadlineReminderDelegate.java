package io.gridcase.engine.deadline;

import io.gridcase.sla.StageDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendReminder}: before the deadline, the holder is reminded. */
@Component("sendDeadlineReminderDelegate")
public class SendDeadlineReminderDelegate implements JavaDelegate {

  private final StageDeadlines deadlines;

  public SendDeadlineReminderDelegate(StageDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(WatchStep.caseNumber(execution), WatchStep.stage(execution));
  }
}
