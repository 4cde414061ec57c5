package io.gridcase.supervision;

import static io.gridcase.process.ProcessVariables.STAGE;
import static io.gridcase.process.ProcessVariables.SUPERVISION_NOTE;
import static io.gridcase.process.ProcessVariables.URGE_HOLDER;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.process.BusinessKey;
import io.gridcase.process.TaskActor;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_SuperviseCase} completed: what the supervisor found goes on the record. */
@Component("superviseCaseListener")
public class SuperviseCaseListener implements TaskListener {

  private final CaseJournal journal;

  public SuperviseCaseListener(CaseJournal journal) {
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    journal.record(
        BusinessKey.caseNumber(task),
        TaskActor.of(task),
        CaseAction.SUPERVISED,
        "%s%s: %s".formatted(
            Variables.text(task, STAGE),
            Variables.flag(task, URGE_HOLDER) ? " 催办" : "",
            Variables.required(task, SUPERVISION_NOTE)));
  }
}
