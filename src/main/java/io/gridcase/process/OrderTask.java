package io.gridcase.process;

import static io.gridcase.process.ProcessVariables.CASE_NUMBER;
import static io.gridcase.process.ProcessVariables.DEPARTMENT;
import static io.gridcase.process.ProcessVariables.ROLE;

import io.gridcase.casefile.DepartmentOrder.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A user task of a {@code department-order} instance: which case, which department, which role. */
public record OrderTask(String caseNumber, String department, Role role, String actor) {

  public static OrderTask of(DelegateTask task) {
    return new OrderTask(
        Variables.required(task, CASE_NUMBER),
        Variables.required(task, DEPARTMENT),
        Role.valueOf(Variables.required(task, ROLE)),
        TaskActor.of(task));
  }
}
