package io.gridcase.engine.deadline;

import static io.gridcase.engine.StageDeadlineProcess.STAGE;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.sla.Stage;
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
}
