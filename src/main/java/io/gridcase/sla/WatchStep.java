package io.gridcase.sla;

import static io.gridcase.process.ProcessVariables.DUE_AT;
import static io.gridcase.process.ProcessVariables.ESCALATE_AT;
import static io.gridcase.process.ProcessVariables.REMINDER_AT;
import static io.gridcase.process.ProcessVariables.STAGE;

import io.gridcase.process.BusinessKey;
import io.gridcase.process.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What every step of a stage-deadline watch reads: the case (its business key) and the stage. */
final class WatchStep {

  private WatchStep() {}

  static String caseNumber(DelegateExecution watch) {
    return BusinessKey.caseNumber(watch);
  }

  static Stage stage(VariableScope watch) {
    return Stage.valueOf(Variables.required(watch, STAGE));
  }

  /** The dates the watch's timers wait for ({@code ${reminderAt}}, {@code ${dueAt}}, {@code ${escalateAt}}). */
  static void schedule(VariableScope watch, Schedule schedule) {
    watch.setVariable(REMINDER_AT, Date.from(schedule.reminderAt().toInstant()));
    watch.setVariable(DUE_AT, Date.from(schedule.dueAt().toInstant()));
    watch.setVariable(ESCALATE_AT, Date.from(schedule.escalateAt().toInstant()));
  }
}
