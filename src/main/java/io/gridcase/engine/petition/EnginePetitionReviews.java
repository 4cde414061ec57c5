package io.gridcase.engine.petition;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.petitions.PetitionReviewStarts;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code petition-review} for a case, business key = case number, in the caller's transaction. */
@Component
public class EnginePetitionReviews implements PetitionReviewStarts {

  private final RuntimeService runtime;
  private final CaseRecords records;

  public EnginePetitionReviews(RuntimeService runtime, CaseRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Override
  public void start(String caseNumber) {
    CaseRecord c = records.get(caseNumber);
    runtime.startProcessInstanceByKey(PetitionProcess.REVIEW_ID, caseNumber, Map.of(
        PetitionProcess.CASE_NUMBER, caseNumber,
        PetitionProcess.TITLE, c.title(),
        PetitionProcess.DESCRIPTION, c.description() == null ? "" : c.description(),
        PetitionProcess.SLA_PROFILE, c.slaProfile()));
  }
}
