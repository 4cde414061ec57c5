package io.gridcase.engine.petition;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.petitions.PetitionReviewStarts;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * {@code petition-review} for a case, business key = case number, in the caller's transaction: started
 * when the opinion is issued (the window), moved on by a request over the API.
 */
@Component
public class EnginePetitionReviews implements PetitionReviewStarts {

  private final RuntimeService runtime;
  private final CaseRecords records;

  public EnginePetitionReviews(RuntimeService runtime, CaseRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Override
  public void openWindow(String caseNumber, String opinionSummary) {
    runtime.createProcessInstanceQuery()
        .processDefinitionKey(PetitionProcess.REVIEW_ID)
        .processInstanceBusinessKey(caseNumber)
        .activityIdIn(PetitionProcess.RECORD_REVIEW_REQUEST)
        .list()
        .forEach(earlier -> runtime.deleteProcessInstance(earlier.getId(), "新的处理意见书 a new handling opinion"));
    CaseRecord c = records.get(caseNumber);
    runtime.startProcessInstanceByKey(PetitionProcess.REVIEW_ID, caseNumber, Map.of(
        PetitionProcess.CASE_NUMBER, caseNumber,
        PetitionProcess.TITLE, c.title(),
        PetitionProcess.DESCRIPTION, c.description() == null ? "" : c.description(),
        PetitionProcess.SLA_PROFILE, c.slaProfile(),
        PetitionProcess.OPINION_SUMMARY, opinionSummary));
  }

  @Override
  public boolean requested(String caseNumber) {
    try {
      runtime.createMessageCorrelation(PetitionProcess.MESSAGE_REVIEW_REQUESTED)
          .processInstanceBusinessKey(caseNumber)
          .correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException noWindow) {
      return false;
    }
  }
}
