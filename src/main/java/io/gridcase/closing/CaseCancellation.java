package io.gridcase.closing;

import static io.gridcase.process.ProcessVariables.CANCELLATION_REASON;
import static io.gridcase.process.ProcessVariables.MESSAGE_CASE_CANCELLED;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter withdraws a case: a message into its lifecycle, allowed until it is closed. */
@Service
public class CaseCancellation {

  private final CaseRecords records;
  private final RuntimeService runtime;

  public CaseCancellation(CaseRecords records, RuntimeService runtime) {
    this.records = records;
    this.runtime = runtime;
  }

  @Transactional
  public void cancel(String caseNumber, String reason) {
    CaseRecord found = records.get(caseNumber);
    if (found.status() != CaseStatus.OPEN) {
      throw new CaseAlreadyFinishedException(caseNumber, found.status());
    }
    runtime
        .createMessageCorrelation(MESSAGE_CASE_CANCELLED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(CANCELLATION_REASON, reason)
        .correlateWithResult();
  }
}
