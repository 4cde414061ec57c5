package io.gridcase.handling;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import org.springframework.stereotype.Service;

/** Records how a case came out, whoever reports it: the lead department or the grid worker. */
@Service
public class CaseResults {

  private final CaseRecords records;
  private final CaseJournal journal;

  public CaseResults(CaseRecords records, CaseJournal journal) {
    this.records = records;
    this.journal = journal;
  }

  public void report(String caseNumber, String actor, CaseAction action, Outcome outcome, String summary) {
    records.recordOutcome(caseNumber, outcome.name(), summary);
    journal.record(caseNumber, actor, action, outcome.name() + " " + outcome.label() + (summary == null ? "" : ": " + summary));
  }
}
