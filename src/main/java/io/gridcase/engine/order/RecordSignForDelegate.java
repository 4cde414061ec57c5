package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.ORDER_DECISION;
import static io.gridcase.engine.DepartmentOrderProcess.REJECTION_NOTE;
import static io.gridcase.engine.DepartmentOrderProcess.REJECTION_REASON;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsNotices;
import java.util.Map;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.dispatch.OrderTask;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordSignFor} 记录签收, after {@code UserTask_SignForOrder}: the department signed for the order (签收) or rejected
 * it (退单) with a reason. A rejection is counted on the order row only (ADR 15). Case,
 * department and role come from the order instance ({@link OrderTasks}), not the submitted variables.
 */
@Component("recordSignForDelegate")
public class RecordSignForDelegate implements JavaDelegate {

  static final String ACCEPT = "ACCEPT";
  static final String REJECT = "REJECT";

  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final OrderTasks orderTasks;
  private final SmsNotices notices;

  public RecordSignForDelegate(DepartmentOrders orders, CaseJournal journal, CaseClock clock,
      OrderTasks orderTasks, SmsNotices notices) {
    this.orders = orders;
    this.notices = notices;
    this.orderTasks = orderTasks;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderTask order = orderTasks.of(execution);
    String decision = Variables.required(execution, ORDER_DECISION);
    switch (decision) {
      case ACCEPT -> sign(order);
      case REJECT -> reject(order, execution);
      default -> throw new IllegalArgumentException(ORDER_DECISION + " must be ACCEPT or REJECT");
    }
  }

  private void sign(OrderTask order) {
    orders.sign(order.caseNumber(), order.department(), order.role(), clock.now());
    journal.record(
        order.caseNumber(), order.actor(), CaseAction.SIGNED, order.department() + " " + order.role());
    if (order.role() == Role.LEAD) {
      notices.send(SmsKind.LEAD_SIGNED, order.caseNumber(), order.department(), Map.of());
    }
  }

  private void reject(OrderTask order, DelegateExecution execution) {
    String reason = Variables.required(execution, REJECTION_REASON);
    orders.reject(order.caseNumber(), order.department(), order.role(), order.orderInstanceId());
    String note = Variables.text(execution, REJECTION_NOTE);
    journal.record(
        order.caseNumber(),
        order.actor(),
        CaseAction.REJECTED,
        "%s %s reason=%s%s".formatted(order.department(), order.role(), reason, note == null ? "" : " " + note));
  }
}
