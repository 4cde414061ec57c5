package io.gridcase.closing;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import org.springframework.stereotype.Service;

/** The two ways a case ends: closed (办结) after its revisits, or cancelled (撤销) by the reporter. */
@Service
public class CaseEnding {

  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseClock clock;

  public CaseEnding(CaseRecords records, CaseJournal journal, CaseClock clock) {
    this.records = records;
    this.journal = journal;
    this.clock = clock;
  }

  public void close(String caseNumber) {
    records.finish(caseNumber, CaseStatus.CLOSED, CaseStage.CLOSED, clock.now());
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.CLOSED, null);
  }

  public void cancel(String caseNumber, String reason) {
    records.finish(caseNumber, CaseStatus.CANCELLED, CaseStage.CANCELLED, clock.now());
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.CANCELLED, reason);
  }
}
