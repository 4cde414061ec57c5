package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.REVIEW_REASON;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.PetitionReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReviewRequest} 记录复查申请: the petition office's entry, in the form's transaction;
 * the case is the instance's business key, never a submitted number.
 */
@Component("recordPetitionReviewRequestDelegate")
public class RecordPetitionReviewRequestDelegate implements JavaDelegate {

  private final PetitionReviews reviews;

  public RecordPetitionReviewRequestDelegate(PetitionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormRefusal.refusing(() -> reviews.recordInTask(BusinessKey.caseNumber(execution),
        Variables.text(execution, REVIEW_REASON), TaskActor.of(execution)));
  }
}
