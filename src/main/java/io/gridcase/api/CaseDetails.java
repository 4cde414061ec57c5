package io.gridcase.api;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.coorder.CoOrderDeadline;
import io.gridcase.parties.DisputeParty;
import io.gridcase.parties.Parties;
import io.gridcase.sla.CaseDeadline;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    List<Step> history,
    Map<String, String> departmentNames,
    String channelLabel,
    String statusLabel,
    String stageLabel,
    String categoryLabel,
    String priorityLabel,
    String outcomeLabel,
    String satisfactionLabel,
    @Schema(description = "the server's time of this answer: deadlines count down from it") OffsetDateTime asOf,
    @Schema(description = "each co-handling department with its own deadlines and whether it is late (ADR 24)")
        List<CoHandler> coHandlers,
    @Schema(description = "the dispute's parties (ADR 26): applicant 申请人 (the reporter) and respondent 被申请人 (null if none),"
            + " contact masked like the reporter's")
        PartiesView parties) {

  /** A department code as the journal writes it (HRSS, URBAN_MGMT); only directory codes are named. */
  private static final Pattern DEPARTMENT_CODE = Pattern.compile("\\b[A-Z][A-Z_]{1,39}\\b");
  /** The journal entries whose detail names departments (dispatch, sign-for, rejection, re-dispatch, parts). */
  private static final Set<CaseAction> DEPARTMENT_STEPS = EnumSet.of(CaseAction.DISPATCHED, CaseAction.SIGNED,
      CaseAction.REJECTED, CaseAction.REDISPATCHED, CaseAction.ARBITRATED, CaseAction.PLAN_PROPOSED,
      CaseAction.CONTRIBUTION_REPORTED);

  /** Where the case is: codes for systems, the directory's Chinese names for people. */
  public record Place(
      String gridCode, String townCode, String countyCode, String address, String gridName, String townName, String countyName) {}

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

  /**
   * A co-handling department (协办) with its own deadlines (ADR 24): sign for by signForDueAt,
   * contribute by contributionDueAt; dueAt is the one it works towards now; state REPORTED 已反馈,
   * LATE 已逾期 or IN_TIME 未逾期 as of the answer's asOf.
   */
  public record CoHandler(
      String department,
      String departmentName,
      String status,
      OffsetDateTime signForDueAt,
      OffsetDateTime contributionDueAt,
      OffsetDateTime dueAt,
      boolean contributionMissed,
      String state,
      String stateLabel) {

    static CoHandler of(CoOrderDeadline co, CaseLabels labels, OffsetDateTime asOf) {
      CoOrderDeadline.State state = co.state(asOf);
      return new CoHandler(co.department(), labels.department(co.department()), co.status(), co.signForDueAt(),
          co.contributionDueAt(), co.currentDueAt(), co.contributionMissedAt() != null, state.name(), state.label());
    }
  }

  /** Both parties of a dispute; respondent null when the report named none. */
  public record PartiesView(PartyView applicant, PartyView respondent) {

    static PartiesView of(Parties parties, boolean contactVisible) {
      return new PartiesView(PartyView.of(parties.applicant(), contactVisible),
          parties.respondent() == null ? null : PartyView.of(parties.respondent(), contactVisible));
    }
  }

  /** One party, masked unless the caller may see the parties' contact; an anonymous applicant is never named. */
  public record PartyView(
      String role, String roleLabel, String name, String phone, String email, String description, boolean anonymous) {

    static PartyView of(DisputeParty p, boolean contactVisible) {
      String name = p.anonymous() ? null : p.name();
      return contactVisible
          ? new PartyView(p.role().name(), p.role().label(), name, p.phone(), p.email(), p.description(), p.anonymous())
          : new PartyView(p.role().name(), p.role().label(), Masking.name(name), Masking.phone(p.phone()),
              Masking.email(p.email()), null, p.anonymous());
    }
  }

  /** A journal entry; actorName and detailLabel are for people (names, no codes). */
  public record Step(
      OffsetDateTime at, String actor, String action, String actionLabel, String detail, String actorName, String detailLabel) {}

  /**
   * @param contactVisible the reporter's contact in full, for the roles that call back; masked otherwise
   * @param partiesContactVisible the parties' contact in full (CaseAccess.maySeeContacts)
   */
  static CaseDetails of(
      CaseRecord c,
      List<DepartmentOrder> orders,
      List<CaseDeadline> deadlines,
      List<CaseEvent> events,
      boolean contactVisible,
      CaseLabels labels,
      JournalText journal,
      OffsetDateTime asOf,
      List<CoOrderDeadline> coHandlers,
      Parties parties,
      boolean partiesContactVisible) {
    var reporter = c.reporter();
    var place = c.place();
    Map<String, String> departmentNames = new TreeMap<>();
    if (c.leadDepartment() != null) {
      departmentNames.put(c.leadDepartment(), labels.department(c.leadDepartment()));
    }
    orders.forEach(order -> departmentNames.put(order.department(), labels.department(order.department())));
    events.stream()
        .filter(e -> DEPARTMENT_STEPS.contains(e.action()))
        .map(CaseEvent::detail)
        .filter(Objects::nonNull)
        .flatMap(detail -> DEPARTMENT_CODE.matcher(detail).results().map(m -> m.group()))
        .filter(code -> !labels.department(code).equals(code))
        .forEach(code -> departmentNames.put(code, labels.department(code)));
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
        new Place(place.gridCode(), place.townCode(), place.countyCode(), place.address(),
            labels.grid(place.gridCode()), labels.town(place.townCode()), labels.county(place.countyCode())),
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
            .map(e -> new Step(e.at(), e.actor(), e.action().name(), e.action().label(), e.detail(),
                journal.actor(e.actor()), journal.detail(e.action(), e.detail())))
            .toList(),
        departmentNames,
        labels.channel(c.channel()),
        labels.status(c.status().name()),
        labels.stage(c.stage().name()),
        labels.category(c.category()),
        labels.priority(c.priority()),
        labels.outcome(c.outcome()),
        labels.satisfaction(c.satisfaction()),
        asOf,
        coHandlers.stream().map(co -> CoHandler.of(co, labels, asOf)).toList(),
        PartiesView.of(parties, partiesContactVisible));
  }
}
