package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.DEPARTMENT;
import static io.gridcase.process.ProcessVariables.NEW_DEPARTMENT;
import static io.gridcase.process.ProcessVariables.ORDER_DECISION;
import static io.gridcase.process.ProcessVariables.REJECTION_NOTE;
import static io.gridcase.process.ProcessVariables.REJECTION_REASON;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Shows an order instance's new department in Tasklist and clears the previous decision, so the
 * next sign-for starts from a clean form. The order itself moved in {@link OrderReassignment}
 * (its row, {@code DepartmentOrders.handOver}); the {@code department} variable is only shown.
 */
final class OrderHandover {

  private OrderHandover() {}

  static void handOver(DelegateTask task, String newDepartment) {
    handOver(task.getExecution().getProcessInstance(), newDepartment);
  }

  static void handOver(VariableScope order, String newDepartment) {
    order.setVariable(DEPARTMENT, newDepartment);
    order.removeVariables(List.of(NEW_DEPARTMENT, ORDER_DECISION, REJECTION_REASON, REJECTION_NOTE));
  }
}
