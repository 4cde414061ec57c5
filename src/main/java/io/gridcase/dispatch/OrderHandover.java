package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.DEPARTMENT;
import static io.gridcase.process.ProcessVariables.NEW_DEPARTMENT;
import static io.gridcase.process.ProcessVariables.ORDER_DECISION;
import static io.gridcase.process.ProcessVariables.REJECTION_NOTE;
import static io.gridcase.process.ProcessVariables.REJECTION_REASON;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Moves an order instance to its new department, so the next sign-for starts from a clean form. */
final class OrderHandover {

  private OrderHandover() {}

  static void handOver(DelegateTask task, String newDepartment) {
    VariableScope order = task.getExecution().getProcessInstance();
    order.setVariable(DEPARTMENT, newDepartment);
    order.removeVariables(List.of(NEW_DEPARTMENT, ORDER_DECISION, REJECTION_REASON, REJECTION_NOTE));
  }
}
