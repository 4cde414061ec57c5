package io.gridcase.engine.petition;

import io.gridcase.engine.BusinessKey;
import io.gridcase.petitions.PetitionReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_FinalizeOpinion} 处理意见终结: the review window passed without a request. */
@Component("finalizePetitionOpinionDelegate")
public class FinalizePetitionOpinionDelegate implements JavaDelegate {

  private final PetitionReviews reviews;

  public FinalizePetitionOpinionDelegate(PetitionReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.finalizeOpinion(BusinessKey.caseNumber(execution));
  }
}
