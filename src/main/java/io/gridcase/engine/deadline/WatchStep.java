package io.gridcase.engine.deadline;

import static io.gridcase.process.ProcessVariables.STAGE;

import io.gridcase.sla.Stage;
import io.gridcase.process.BusinessKey;
import io.gridcase.process.Variables;
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
