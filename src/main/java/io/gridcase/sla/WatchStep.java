package io.gridcase.sla;

import static io.gridcase.process.ProcessVariables.CASE_NUMBER;
import static io.gridcase.process.ProcessVariables.STAGE;

import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What every step of a stage-deadline watch reads: the case and the stage. */
final class WatchStep {

  private WatchStep() {}

  static String caseNumber(VariableScope watch) {
    return Variables.required(watch, CASE_NUMBER);
  }

  static Stage stage(VariableScope watch) {
    return Stage.valueOf(Variables.required(watch, STAGE));
  }
}
