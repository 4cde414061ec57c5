package io.gridcase.engine.mediation;

import static io.gridcase.engine.DisputeMediationProcess.VAR_CONFIRMATION_ASKED;
import static io.gridcase.engine.DisputeMediationProcess.VAR_LEVEL;
import static io.gridcase.engine.DisputeMediationProcess.VAR_LEVEL_NAME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_NEXT_LEVEL;
import static io.gridcase.engine.DisputeMediationProcess.VAR_NOTE;
import static io.gridcase.engine.DisputeMediationProcess.VAR_OUTCOME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_TERMS;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.mediation.MediationOutcome;
import io.gridcase.mediation.MediationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordMediation} 记录调解结果: the level's decision goes into the case file; passing
 * up moves {@code mediationLevel} to the level above. A refused form (no terms for a settlement,
 * passing up from the top) leaves the task open.
 */
@Component("recordMediationDelegate")
public class RecordMediationDelegate implements JavaDelegate {

  private final MediationSteps steps;

  RecordMediationDelegate(MediationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String next = Variables.text(execution, VAR_NEXT_LEVEL);
    boolean confirmationAsked = Variables.flag(execution, VAR_CONFIRMATION_ASKED);
    MediationOutcome outcome = FormRefusal.refusing(() -> steps.decided(BusinessKey.caseNumber(execution),
        TaskActor.of(execution), Variables.required(execution, VAR_LEVEL_NAME), Variables.text(execution, VAR_OUTCOME),
        Variables.text(execution, VAR_TERMS), Variables.text(execution, VAR_NOTE), next,
        confirmationAsked));
    execution.setVariable(VAR_OUTCOME, outcome.name());
    execution.setVariable(VAR_CONFIRMATION_ASKED, confirmationAsked);
    if (outcome == MediationOutcome.PASS_UP) {
      execution.setVariable(VAR_LEVEL, next);
    }
  }
}
