package io.gridcase.engine.petition;

import static io.gridcase.engine.PetitionProcess.REVIEW_LIMIT;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.petitions.PetitionReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenReview} 登记复查: the review is due the review limit after the request. */
@Component("openPetitionReviewDelegate")
public class OpenPetitionReviewDelegate implements JavaDelegate {

  private final PetitionReviews reviews;

  public OpenPetitionReviewDelegate(PetitionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.open(BusinessKey.caseNumber(execution), Variables.required(execution, REVIEW_LIMIT));
  }
}
