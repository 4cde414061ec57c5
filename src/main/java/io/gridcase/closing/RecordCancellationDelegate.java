package io.gridcase.closing;

import static io.gridcase.process.ProcessVariables.CANCELLATION_REASON;
import static io.gridcase.process.ProcessVariables.CASE_NUMBER;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCancellation}: the reporter withdrew the case (撤销) before it closed. */
@Component("recordCancellationDelegate")
public class RecordCancellationDelegate implements JavaDelegate {

  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseClock clock;

  public RecordCancellationDelegate(CaseRecords records, CaseJournal journal, CaseClock clock) {
    this.records = records;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = Variables.required(execution, CASE_NUMBER);
    records.finish(caseNumber, CaseStatus.CANCELLED, CaseStage.CANCELLED, clock.now());
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.CANCELLED, Variables.text(execution, CANCELLATION_REASON));
  }
}
