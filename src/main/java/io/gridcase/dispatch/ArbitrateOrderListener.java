package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.NEW_DEPARTMENT;

import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code UserTask_ArbitrateOrder} completed: after too many rejections a supervisor named the
 * department (一事一策一包案一专班), which must now handle the case.
 */
@Component("arbitrateOrderListener")
public class ArbitrateOrderListener implements TaskListener {

  private final OrderReassignment reassignment;
  private final OrderTasks orderTasks;

  public ArbitrateOrderListener(OrderReassignment reassignment, OrderTasks orderTasks) {
    this.reassignment = reassignment;
    this.orderTasks = orderTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String newDepartment = Variables.required(task, NEW_DEPARTMENT);
    reassignment.arbitrate(orderTasks.of(task), newDepartment, Variables.text(task, "arbitrationNote"));
    OrderHandover.handOver(task, newDepartment);
  }
}
