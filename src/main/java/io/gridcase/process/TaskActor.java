package io.gridcase.process;

import io.gridcase.casefile.CaseJournal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completed a task: the logged-in user, else the assignee, else the engine itself. */
public final class TaskActor {

  private TaskActor() {}

  public static String of(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : CaseJournal.SYSTEM;
  }
}
