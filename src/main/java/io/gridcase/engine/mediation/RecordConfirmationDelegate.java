package io.gridcase.engine.mediation;

import static io.gridcase.engine.DisputeMediationProcess.VAR_CONFIRMATION_NOTE;
import static io.gridcase.engine.DisputeMediationProcess.VAR_CONFIRMED;
import static io.gridcase.engine.DisputeMediationProcess.VAR_OUTCOME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_TERMS;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.mediation.MediationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordConfirmation} 记录司法确认: a confirmed agreement resolves the case; a refused one
 * ends mediation unsettled ({@code mediationOutcome} END), and the case goes on to dispatch.
 */
@Component("recordConfirmationDelegate")
public class RecordConfirmationDelegate implements JavaDelegate {

  private final MediationSteps steps;

  RecordConfirmationDelegate(MediationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VAR_OUTCOME, steps.confirmation(BusinessKey.caseNumber(execution), TaskActor.of(execution),
        Variables.flag(execution, VAR_CONFIRMED), Variables.text(execution, VAR_TERMS),
        Variables.text(execution, VAR_CONFIRMATION_NOTE)).name());
  }
}
