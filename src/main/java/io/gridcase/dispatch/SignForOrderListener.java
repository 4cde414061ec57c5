package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.ORDER_DECISION;
import static io.gridcase.process.ProcessVariables.REJECTION_COUNT;
import static io.gridcase.process.ProcessVariables.REJECTION_NOTE;
import static io.gridcase.process.ProcessVariables.REJECTION_REASON;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.process.OrderTask;
import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import io.gridcase.sla.DeadlineWatches;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code UserTask_SignForOrder} completed: the department signed for the order (签收) or rejected
 * it (退单) with a reason. Rejections are counted on the order for the rejection policy. Case,
 * department and role come from the order instance ({@link OrderTasks}), not the submitted variables.
 */
@Component("signForOrderListener")
public class SignForOrderListener implements TaskListener {

  static final String ACCEPT = "ACCEPT";
  static final String REJECT = "REJECT";

  private final DepartmentOrders orders;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final DeadlineWatches watches;
  private final OrderTasks orderTasks;

  public SignForOrderListener(
      DepartmentOrders orders, CaseRecords records, CaseJournal journal, CaseClock clock, DeadlineWatches watches,
      OrderTasks orderTasks) {
    this.orders = orders;
    this.orderTasks = orderTasks;
    this.records = records;
    this.journal = journal;
    this.clock = clock;
    this.watches = watches;
  }

  @Override
  public void notify(DelegateTask task) {
    OrderTask order = orderTasks.of(task);
    String decision = Variables.required(task, ORDER_DECISION);
    switch (decision) {
      case ACCEPT -> sign(order);
      case REJECT -> reject(order, task);
      default -> throw new IllegalArgumentException(ORDER_DECISION + " must be ACCEPT or REJECT");
    }
  }

  private void sign(OrderTask order) {
    orders.sign(order.caseNumber(), order.department(), order.role(), clock.now());
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.SIGNED, order.department() + " " + order.role());
    if (order.role() == Role.LEAD) {
      watches.stageMet(order.caseNumber(), Stage.ACCEPT);
    }
  }

  private void reject(OrderTask order, DelegateTask task) {
    String reason = Variables.required(task, REJECTION_REASON);
    Object counted = task.getVariable(REJECTION_COUNT);
    int rejections = counted == null ? 1 : ((Number) counted).intValue() + 1;
    task.getExecution().getProcessInstance().setVariable(REJECTION_COUNT, rejections);
    orders.reject(order.caseNumber(), order.department(), order.role());
    records.recordRejection(order.caseNumber());
    String note = Variables.text(task, REJECTION_NOTE);
    journal.record(
        order.caseNumber(),
        order.actor(),
        CaseAction.REJECTED,
        "%s %s reason=%s%s".formatted(order.department(), order.role(), reason, note == null ? "" : " " + note));
  }
}
