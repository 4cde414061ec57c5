package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.OUTCOME_CLASS;
import static io.gridcase.engine.PetitionProcess.REVIEW_NOTE;
import static io.gridcase.engine.PetitionProcess.REVIEW_RESULT;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.PetitionReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReview} 记录复查结论并书面告知: upheld or changed, in the form's transaction. */
@Component("recordPetitionReviewDelegate")
public class RecordPetitionReviewDelegate implements JavaDelegate {

  private final PetitionReviews reviews;

  public RecordPetitionReviewDelegate(PetitionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormRefusal.refusing(() -> reviews.decide(BusinessKey.caseNumber(execution), Variables.text(execution, REVIEW_RESULT),
        Variables.text(execution, OUTCOME_CLASS), Variables.text(execution, REVIEW_NOTE), TaskActor.of(execution)));
  }
}
