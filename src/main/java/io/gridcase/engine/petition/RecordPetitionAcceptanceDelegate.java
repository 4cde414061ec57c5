package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.ACCEPTANCE_DECISION;
import static io.gridcase.engine.PetitionProcess.ACCEPTANCE_NOTE;
import static io.gridcase.engine.PetitionProcess.HANDLING_LIMIT;
import static io.gridcase.engine.PetitionProcess.NOT_ACCEPTED_REASON;
import static io.gridcase.engine.PetitionProcess.PETITION_ACCEPTED;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.Petitions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordAcceptance} 记录受理决定并书面告知: in the acceptance form's transaction, so a
 * missing decision or reason refuses the form at its field; sets {@code petitionAccepted}.
 */
@Component("recordPetitionAcceptanceDelegate")
public class RecordPetitionAcceptanceDelegate implements JavaDelegate {

  private final Petitions petitions;

  public RecordPetitionAcceptanceDelegate(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = FormRefusal.refusing(() -> petitions.decideAcceptance(BusinessKey.caseNumber(execution),
        Variables.text(execution, ACCEPTANCE_DECISION), Variables.text(execution, NOT_ACCEPTED_REASON),
        Variables.text(execution, ACCEPTANCE_NOTE), Variables.required(execution, HANDLING_LIMIT),
        TaskActor.of(execution)));
    execution.setVariable(PETITION_ACCEPTED, accepted);
  }
}
