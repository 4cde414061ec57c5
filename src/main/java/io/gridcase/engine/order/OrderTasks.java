package io.gridcase.engine.order;

import io.gridcase.dispatch.OrderTask;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.TaskActor;

import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.directory.DirectoryGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Whose order a {@code department-order} instance is: the case from its business key
 * ({@link BusinessKey}), the department and the role from the order row the instance was attached
 * to when it started ({@link DepartmentOrders#attach}), found by the instance's own id.
 *
 * <p>Why not the {@code department} and {@code role} variables: whoever completes a task may send
 * any variables with it, and they land on the instance, overwriting these. Neither the business key
 * nor the process instance id can be changed that way. The variables stay for Tasklist to show.
 *
 * <p>The model reads the same source: candidate groups
 * {@code ${orderTasks.candidateGroup(execution)}}, the lead/co-handler gateway
 * {@code ${orderTasks.role(execution) == 'LEAD'}}.
 */
@Component("orderTasks")
public class OrderTasks {

  private final DepartmentOrders orders;

  public OrderTasks(DepartmentOrders orders) {
    this.orders = orders;
  }

  /** The order a completed (or created) task belongs to, and who acted. */
  public OrderTask of(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    DepartmentOrder order = order(execution);
    return new OrderTask(
        BusinessKey.caseNumber(execution), order.department(), order.role(), TaskActor.of(task),
        execution.getProcessInstanceId());
  }

  /** The order a service task of this instance works on; the actor is the user whose request runs it. */
  public OrderTask of(DelegateExecution execution) {
    DepartmentOrder order = order(execution);
    return new OrderTask(
        BusinessKey.caseNumber(execution), order.department(), order.role(), TaskActor.of(execution),
        execution.getProcessInstanceId());
  }

  /** The group a task of this order is offered to: {@code dept-<department>}. */
  public String candidateGroup(DelegateExecution execution) {
    return DirectoryGroups.departmentGroup(order(execution).department());
  }

  /** {@code LEAD} or {@code CO}. */
  public String role(DelegateExecution execution) {
    return order(execution).role().name();
  }

  /**
   * How often departments rejected this order so far, the one just made included: the rejection
   * policy's input {@code rejectionCount} ({@code ${orderTasks.rejections(execution)}}), counted
   * from the order rows, not kept in a variable.
   */
  public int rejections(DelegateExecution execution) {
    return orders.rejectionsOf(execution.getProcessInstanceId());
  }

  private DepartmentOrder order(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    return orders.ofInstance(caseNumber, execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException(
            "order instance %s of %s holds no order".formatted(execution.getProcessInstanceId(), caseNumber)));
  }
}
