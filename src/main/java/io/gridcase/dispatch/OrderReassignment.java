package io.gridcase.dispatch;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** Gives a rejected order to another department: re-dispatch by the center or arbitration. */
@Service
public class OrderReassignment {

  private final DepartmentCodes departments;
  private final DepartmentOrders orders;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final OrderMails mails;

  public OrderReassignment(
      DepartmentCodes departments,
      DepartmentOrders orders,
      CaseRecords records,
      CaseJournal journal,
      CaseClock clock,
      OrderMails mails) {
    this.departments = departments;
    this.orders = orders;
    this.records = records;
    this.journal = journal;
    this.clock = clock;
    this.mails = mails;
  }

  /** The town center names the department that signs for the order next. */
  public void redispatch(OrderTask order, String newDepartment, String note) {
    if (orders.rejectedBefore(order.caseNumber(), newDepartment, order.role())) {
      throw new RedispatchRefusedException(departments.department("newDepartment", newDepartment));
    }
    reassign(order, newDepartment);
    journal.record(order.caseNumber(), order.actor(), CaseAction.REDISPATCHED, describe(order, newDepartment, note));
  }

  /**
   * A supervisor names the department; arbitration binds, so the order counts as signed, also for
   * a department that rejected it before (the supervisor decides the dispute).
   */
  public void arbitrate(OrderTask order, String newDepartment, String note) {
    OffsetDateTime now = reassign(order, newDepartment);
    orders.sign(order.caseNumber(), newDepartment, order.role(), now);
    journal.record(order.caseNumber(), order.actor(), CaseAction.ARBITRATED, describe(order, newDepartment, note));
  }

  private OffsetDateTime reassign(OrderTask order, String newDepartment) {
    departments.known("department", newDepartment);
    OffsetDateTime now = clock.now();
    orders.handOver(order.caseNumber(), order.orderInstanceId(), newDepartment, order.role(), now);
    if (order.role() == Role.LEAD) {
      records.recordLeadDepartment(order.caseNumber(), newDepartment);
    }
    mails.orderDispatched(order.caseNumber(), newDepartment);
    return now;
  }

  private static String describe(OrderTask order, String newDepartment, String note) {
    return "%s -> %s %s%s".formatted(
        order.department(), newDepartment, order.role(), note == null ? "" : " " + note);
  }
}
