package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.REVISIT_NOTE;
import static io.gridcase.engine.CaseLifecycleProcess.SATISFACTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.revisit.Satisfaction;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRevisit} 记录回访 and {@code Task_RecordSecondRevisit}: keep the satisfaction. */
@Component("recordRevisitDelegate")
public class RecordRevisitDelegate implements JavaDelegate {

  private final CaseRecords records;
  private final CaseJournal journal;

  public RecordRevisitDelegate(CaseRecords records, CaseJournal journal) {
    this.records = records;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    Satisfaction satisfaction = Satisfaction.parse(Variables.text(execution, SATISFACTION));
    records.recordSatisfaction(caseNumber, satisfaction.name());
    String note = Variables.text(execution, REVISIT_NOTE);
    journal.record(
        caseNumber, TaskActor.of(execution), CaseAction.REVISITED,
        "%s %s (%s)%s".formatted(satisfaction.name(), satisfaction.label(), execution.getCurrentActivityName(), note == null ? "" : ": " + note));
  }
}
