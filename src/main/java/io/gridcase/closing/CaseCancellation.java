package io.gridcase.closing;


import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter withdraws a case: a message into its lifecycle, allowed until it is closed. */
@Service
public class CaseCancellation {

  private final CaseRecords records;
  private final CaseCancellations lifecycles;

  public CaseCancellation(CaseRecords records, CaseCancellations lifecycles) {
    this.records = records;
    this.lifecycles = lifecycles;
  }

  @Transactional
  public void cancel(String caseNumber, String reason) {
    CaseRecord found = records.get(caseNumber);
    if (found.status() != CaseStatus.OPEN) {
      throw new CaseAlreadyFinishedException(caseNumber, found.status());
    }
    lifecycles.cancelled(caseNumber, reason);
  }
}
