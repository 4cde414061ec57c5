package io.gridcase.api;

import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.sla.CaseDeadline;
import java.time.OffsetDateTime;
import java.util.List;

/** A case as integrators see it: where it stands, who handles it, and every step so far. */
public record CaseDetails(
    String caseNumber,
    String channel,
    String externalId,
    String title,
    String description,
    String status,
    String stage,
    String category,
    String priority,
    String deadlineProfile,
    Place place,
    ReporterView reporter,
    String leadDepartment,
    List<String> coDepartments,
    List<DepartmentOrder> departmentOrders,
    String outcome,
    String resultSummary,
    String satisfaction,
    int reopenCount,
    int rejectionCount,
    OffsetDateTime occurredAt,
    OffsetDateTime reportedAt,
    OffsetDateTime dispatchedAt,
    OffsetDateTime closedAt,
    String processInstanceId,
    boolean flagged,
    List<Deadline> deadlines,
    List<Step> history) {

  public record Place(String gridCode, String townCode, String countyCode, String address) {}

  /** Contact details, masked unless the caller is one of the roles that call back. */
  public record ReporterView(String name, String phone, String email, boolean anonymous) {}

  /** A stage deadline (签收回复 / 提出方案 / 办结) of one handling round: due, met, on time or not. */
  public record Deadline(
      String stage,
      String stageLabel,
      int round,
      OffsetDateTime startedAt,
      OffsetDateTime dueAt,
      boolean workingDays,
      OffsetDateTime metAt,
      Boolean onTime,
      boolean overdue,
      boolean escalated,
      int extensions) {

    static Deadline of(CaseDeadline d) {
      return new Deadline(d.stage().name(), d.stage().label(), d.round(), d.startedAt(), d.dueAt(), d.workingDays(),
          d.metAt(), d.onTime(), d.overdueAt() != null, d.escalatedAt() != null, d.extensions());
    }
  }

  public record Step(OffsetDateTime at, String actor, String action, String actionLabel, String detail) {}

  /** @param contactVisible the reporter's contact in full, for the roles that call back; masked otherwise */
  static CaseDetails of(
      CaseRecord c, List<DepartmentOrder> orders, List<CaseDeadline> deadlines, List<CaseEvent> events, boolean contactVisible) {
    var reporter = c.reporter();
    return new CaseDetails(
        c.caseNumber(),
        c.channel(),
        c.externalId(),
        c.title(),
        c.description(),
        c.status().name(),
        c.stage().name(),
        c.category(),
        c.priority(),
        c.slaProfile(),
        new Place(c.place().gridCode(), c.place().townCode(), c.place().countyCode(), c.place().address()),
        contactVisible
            ? new ReporterView(
                reporter.anonymous() ? null : reporter.name(), reporter.phone(), reporter.email(), reporter.anonymous())
            : new ReporterView(
                reporter.anonymous() ? null : Masking.name(reporter.name()),
                Masking.phone(reporter.phone()),
                Masking.email(reporter.email()),
                reporter.anonymous()),
        c.leadDepartment(),
        orders.stream()
            .filter(order -> order.role() == Role.CO && order.status() != Status.REJECTED)
            .map(DepartmentOrder::department)
            .toList(),
        orders,
        c.outcome(),
        c.resultSummary(),
        c.satisfaction(),
        c.reopenCount(),
        c.rejectionCount(),
        c.occurredAt(),
        c.reportedAt(),
        c.dispatchedAt(),
        c.closedAt(),
        c.processInstanceId(),
        c.flagged(),
        deadlines.stream().map(Deadline::of).toList(),
        events.stream()
            .map(e -> new Step(e.at(), e.actor(), e.action().name(), e.action().label(), e.detail()))
            .toList());
  }
}
