package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CATEGORY;
import static io.gridcase.engine.CaseLifecycleProcess.COMPLEX;
import static io.gridcase.engine.CaseLifecycleProcess.ON_THE_SPOT;
import static io.gridcase.engine.CaseLifecycleProcess.PRIORITY;
import static io.gridcase.engine.CaseLifecycleProcess.SLA_PROFILE;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordTriage}: keeps what triage decided (by rule or by a clerk) on the case. */
@Component("recordTriageDelegate")
public class RecordTriageDelegate implements JavaDelegate {

  private final CaseRecords records;
  private final CaseJournal journal;

  public RecordTriageDelegate(CaseRecords records, CaseJournal journal) {
    this.records = records;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    String category = Variables.required(execution, CATEGORY);
    String priority = Variables.required(execution, PRIORITY);
    String slaProfile = Variables.required(execution, SLA_PROFILE);
    records.recordTriage(caseNumber, category, priority, slaProfile);
    journal.record(
        caseNumber,
        CaseJournal.SYSTEM,
        CaseAction.TRIAGED,
        "category=%s priority=%s slaProfile=%s onTheSpot=%s complex=%s"
            .formatted(
                category, priority, slaProfile,
                Variables.flag(execution, ON_THE_SPOT), Variables.flag(execution, COMPLEX)));
  }
}
