package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.NEW_DEPARTMENT;

import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_RedispatchOrder} completed: the town center gave the order to another department. */
@Component("redispatchOrderListener")
public class RedispatchOrderListener implements TaskListener {

  private final OrderReassignment reassignment;
  private final OrderTasks orderTasks;

  public RedispatchOrderListener(OrderReassignment reassignment, OrderTasks orderTasks) {
    this.reassignment = reassignment;
    this.orderTasks = orderTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String newDepartment = Variables.required(task, NEW_DEPARTMENT);
    reassignment.redispatch(orderTasks.of(task), newDepartment, Variables.text(task, "redispatchNote"));
    OrderHandover.handOver(task, newDepartment);
  }
}
