package io.gridcase.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The case a process instance works on: its business key, the case number. {@code case-lifecycle}
 * gets it when the case is registered ({@code Task_RegisterCase}), {@code department-order} and
 * {@code stage-deadline} from their call activities ({@code camunda:in businessKey}),
 * {@code supervise-case} and {@code request-extension} from the code that starts them.
 *
 * <p>Delegates and listeners read the case here and never from the {@code caseNumber} variable:
 * a task completion, a form or a variables call can overwrite any variable of the instance, but
 * not its business key. The variable stays for Tasklist and the forms to show.
 */
public final class BusinessKey {

  private BusinessKey() {}

  public static String caseNumber(DelegateExecution execution) {
    return required(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }

  public static String caseNumber(DelegateTask task) {
    return caseNumber(task.getExecution());
  }

  private static String required(String key, String instanceId) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("process instance " + instanceId + " has no business key (case number)");
    }
    return key;
  }
}
