package io.gridcase.api;

import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
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
    List<Step> history) {

  public record Place(String gridCode, String townCode, String countyCode, String address) {}

  /** Contact details, masked unless the caller is one of the roles that call back. */
  public record ReporterView(String name, String phone, String email, boolean anonymous) {}

  public record Step(OffsetDateTime at, String actor, String action, String actionLabel, String detail) {}

  static CaseDetails of(CaseRecord c, List<DepartmentOrder> orders, List<CaseEvent> events) {
    return of(c, orders, events, false);
  }

  /** @param contactVisible the reporter's contact in full, for the roles that call back; masked otherwise */
  static CaseDetails of(CaseRecord c, List<DepartmentOrder> orders, List<CaseEvent> events, boolean contactVisible) {
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
        events.stream()
            .map(e -> new Step(e.at(), e.actor(), e.action().name(), e.action().label(), e.detail()))
            .toList());
  }
}
