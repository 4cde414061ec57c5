package io.gridcase.engine.deadline;

import static io.gridcase.engine.StageDeadlineProcess.ESCALATION_FACTOR;
import static io.gridcase.engine.StageDeadlineProcess.LIMIT;
import static io.gridcase.engine.StageDeadlineProcess.REMINDER_SHARE;
import static io.gridcase.engine.StageDeadlineProcess.STAGE;
import static io.gridcase.engine.StageDeadlineProcess.WORKING_DAYS;

import io.gridcase.engine.Variables;
import io.gridcase.sla.Stage;
import io.gridcase.sla.StageDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SetDeadline}: records the stage's deadline from the profile's limit; the watch's timers read it there. */
@Component("setDeadlineDelegate")
public class SetDeadlineDelegate implements JavaDelegate {

  private final StageDeadlines deadlines;

  public SetDeadlineDelegate(StageDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.set(
        WatchStep.caseNumber(execution),
        Stage.valueOf(Variables.required(execution, STAGE)),
        Variables.required(execution, LIMIT),
        Variables.flag(execution, WORKING_DAYS),
        ((Number) execution.getVariable(REMINDER_SHARE)).doubleValue(),
        ((Number) execution.getVariable(ESCALATION_FACTOR)).intValue());
  }
}
