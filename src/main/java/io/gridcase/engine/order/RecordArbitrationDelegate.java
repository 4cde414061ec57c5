package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.NEW_DEPARTMENT;

import io.gridcase.dispatch.OrderReassignment;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordArbitration} 记录仲裁, after {@code UserTask_ArbitrateOrder}: after too many rejections a supervisor named the
 * department (一事一策一包案一专班), which must now handle the case.
 */
@Component("recordArbitrationDelegate")
public class RecordArbitrationDelegate implements JavaDelegate {

  private final OrderReassignment reassignment;
  private final OrderTasks orderTasks;

  public RecordArbitrationDelegate(OrderReassignment reassignment, OrderTasks orderTasks) {
    this.reassignment = reassignment;
    this.orderTasks = orderTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String newDepartment = Variables.required(execution, NEW_DEPARTMENT);
    reassignment.arbitrate(orderTasks.of(execution), newDepartment, Variables.text(execution, "arbitrationNote"));
  }
}
