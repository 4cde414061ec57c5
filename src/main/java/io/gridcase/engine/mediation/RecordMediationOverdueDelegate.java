package io.gridcase.engine.mediation;

import static io.gridcase.engine.DisputeMediationProcess.VAR_LEVEL;
import static io.gridcase.engine.DisputeMediationProcess.VAR_LEVEL_NAME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_NEXT_LEVEL;
import static io.gridcase.engine.DisputeMediationProcess.VAR_OUTCOME;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.mediation.MediationOutcome;
import io.gridcase.mediation.MediationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordMediationOverdue} 记录调解超期: the level's limit ran out; up one level, or the end at the top. */
@Component("recordMediationOverdueDelegate")
public class RecordMediationOverdueDelegate implements JavaDelegate {

  private final MediationSteps steps;

  RecordMediationOverdueDelegate(MediationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String next = Variables.text(execution, VAR_NEXT_LEVEL);
    MediationOutcome outcome = steps.overdue(BusinessKey.caseNumber(execution), Variables.required(execution, VAR_LEVEL_NAME), next);
    execution.setVariable(VAR_OUTCOME, outcome.name());
    if (outcome == MediationOutcome.PASS_UP) {
      execution.setVariable(VAR_LEVEL, next);
    }
  }
}
