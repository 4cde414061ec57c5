package io.gridcase.engine.lifecycle;

import io.gridcase.engine.BusinessKey;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a case to a stage. The models call it from the service tasks 进入…阶段 before the first element of
 * each stage: {@code ${caseStages.enter(execution, 'TRIAGE')}}.
 */
@Component("caseStages")
public class CaseStages {

  private final CaseRecords records;
  private final CaseJournal journal;

  public CaseStages(CaseRecords records, CaseJournal journal) {
    this.records = records;
    this.journal = journal;
  }

  public void enter(DelegateExecution execution, String stage) {
    String caseNumber = BusinessKey.caseNumber(execution);
    CaseStage entered = CaseStage.valueOf(stage);
    records.enterStage(caseNumber, entered);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.STAGE_ENTERED, entered.name());
  }
}
