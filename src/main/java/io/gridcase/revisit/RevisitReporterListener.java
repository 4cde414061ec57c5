package io.gridcase.revisit;

import static io.gridcase.process.ProcessVariables.REVISIT_NOTE;
import static io.gridcase.process.ProcessVariables.SATISFACTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.process.BusinessKey;
import io.gridcase.process.TaskActor;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_RevisitReporter} and its second round completed: keep the satisfaction. */
@Component("revisitReporterListener")
public class RevisitReporterListener implements TaskListener {

  private final CaseRecords records;
  private final CaseJournal journal;

  public RevisitReporterListener(CaseRecords records, CaseJournal journal) {
    this.records = records;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = BusinessKey.caseNumber(task);
    Satisfaction satisfaction = Satisfaction.parse(Variables.text(task, SATISFACTION));
    records.recordSatisfaction(caseNumber, satisfaction.name());
    String note = Variables.text(task, REVISIT_NOTE);
    journal.record(
        caseNumber, TaskActor.of(task), CaseAction.REVISITED,
        "%s %s (%s)%s".formatted(satisfaction.name(), satisfaction.label(), task.getName(), note == null ? "" : ": " + note));
  }
}
