package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.DEPARTMENT;
import static io.gridcase.engine.DepartmentOrderProcess.ROLE;

import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReceiveOrder} 接收工单, first step of department-order: the new instance takes the order row the
 * case's dispatch gave its department, so that from now on its listeners find department and role
 * by the instance's id ({@link io.gridcase.engine.order.OrderTasks}), never in its variables.
 *
 * <p>This is the one place that reads the {@code department} and {@code role} variables: at the
 * start they are the call activity's inputs, written by the case's own dispatch in the same
 * transaction. A start by anyone else finds no free dispatched row and is refused.
 */
@Component("receiveOrderDelegate")
public class ReceiveOrderDelegate implements JavaDelegate {

  private final DepartmentOrders orders;

  public ReceiveOrderDelegate(DepartmentOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.attach(
        BusinessKey.caseNumber(execution),
        Variables.required(execution, DEPARTMENT),
        Role.valueOf(Variables.required(execution, ROLE)),
        execution.getProcessInstanceId());
  }
}
