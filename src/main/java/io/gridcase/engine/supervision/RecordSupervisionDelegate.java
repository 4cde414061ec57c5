package io.gridcase.engine.supervision;

import static io.gridcase.engine.SuperviseCaseProcess.STAGE;
import static io.gridcase.engine.SuperviseCaseProcess.SUPERVISION_NOTE;
import static io.gridcase.engine.SuperviseCaseProcess.URGE_HOLDER;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordSupervision} 记录督办: what the supervisor found goes on the record. */
@Component("recordSupervisionDelegate")
public class RecordSupervisionDelegate implements JavaDelegate {

  private final CaseJournal journal;

  public RecordSupervisionDelegate(CaseJournal journal) {
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    journal.record(
        BusinessKey.caseNumber(execution),
        TaskActor.of(execution),
        CaseAction.SUPERVISED,
        "%s%s: %s".formatted(
            Variables.text(execution, STAGE),
            Variables.flag(execution, URGE_HOLDER) ? " 催办" : "",
            Variables.required(execution, SUPERVISION_NOTE)));
  }
}
