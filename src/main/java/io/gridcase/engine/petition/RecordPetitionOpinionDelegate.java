package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.OPINION;
import static io.gridcase.engine.PetitionProcess.OUTCOME_CLASS;
import static io.gridcase.engine.PetitionProcess.REVIEW_REQUEST_WINDOW;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.Petitions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordHandlingOpinion} 记录处理意见并书面告知: the outcome class, the opinion, the notice. */
@Component("recordPetitionOpinionDelegate")
public class RecordPetitionOpinionDelegate implements JavaDelegate {

  private final Petitions petitions;

  public RecordPetitionOpinionDelegate(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormRefusal.refusing(() -> petitions.issueOpinion(BusinessKey.caseNumber(execution),
        Variables.text(execution, OUTCOME_CLASS), Variables.text(execution, OPINION),
        Variables.required(execution, REVIEW_REQUEST_WINDOW), TaskActor.of(execution)));
  }
}
