package io.gridcase.engine;

import io.gridcase.casefile.CaseJournal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did a step: the logged-in user, else the task's assignee, else the engine itself. */
public final class TaskActor {

  private TaskActor() {}

  public static String of(DelegateTask task) {
    String user = authenticated(task.getProcessEngineServices().getIdentityService());
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : CaseJournal.SYSTEM;
  }

  /** The user whose request runs this step (e.g. the one who just completed the task before it). */
  public static String of(DelegateExecution execution) {
    String user = authenticated(execution.getProcessEngineServices().getIdentityService());
    return user != null ? user : CaseJournal.SYSTEM;
  }

  private static String authenticated(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
