package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.NEW_DEPARTMENT;

import io.gridcase.engine.FormRefusal;
import io.gridcase.dispatch.OrderReassignment;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOrderOver}, right after the town center's {@code UserTask_RedispatchOrder}: the
 * order goes to the department the center named. A service task rather than a completion listener,
 * so that a refusal (the department rejected this order before) reaches the center's form as a 400
 * with its reason and the re-dispatch task stays open.
 */
@Component("redispatchOrderDelegate")
public class RedispatchOrderDelegate implements JavaDelegate {

  private final OrderReassignment reassignment;
  private final OrderTasks orderTasks;

  public RedispatchOrderDelegate(OrderReassignment reassignment, OrderTasks orderTasks) {
    this.reassignment = reassignment;
    this.orderTasks = orderTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String newDepartment = Variables.required(execution, NEW_DEPARTMENT);
    FormRefusal.refusing(() ->
        reassignment.redispatch(orderTasks.of(execution), newDepartment, Variables.text(execution, "redispatchNote")));
  }
}
