package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.ACCEPTANCE_LIMIT;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.Petitions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenPetition} 登记信访事项: the petition row, acceptance due the limit after receipt. */
@Component("openPetitionDelegate")
public class OpenPetitionDelegate implements JavaDelegate {

  private final Petitions petitions;

  public OpenPetitionDelegate(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    petitions.open(BusinessKey.caseNumber(execution), Variables.required(execution, ACCEPTANCE_LIMIT));
  }
}
