package io.gridcase.coorder;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseRows;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.sla.DeadlineCalculator;
import io.gridcase.sla.Schedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A co-handling department's own deadlines (协办时限, ADR 24), kept on its order row
 * ({@code case_department}, V18): set once when the co-order is received, read by its tasks' due
 * dates and timers, by the figures and by what the lead sees. The clock starts at the co-order's
 * dispatch; a reopened case gives the co-handler a new round from the moment its order is received again.
 */
@Service
public class CoOrderDeadlines {

  private static final String COLUMNS =
      "case_number, department, status, dispatched_at, signed_at, completed_at, co_sign_for_due_at, co_sign_for_remind_at,"
          + " co_contribution_due_at, co_contribution_remind_at, co_escalate_to_lead, co_contribution_missed_at";

  private final JdbcClient jdbc;
  private final DeadlineCalculator calculator;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CoOrderMails mails;
  private final CaseClock clock;
  private final CaseRows rows;

  CoOrderDeadlines(
      JdbcClient jdbc, DeadlineCalculator calculator, CaseRecords records, CaseJournal journal, CoOrderMails mails,
      CaseClock clock, CaseRows rows) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.calculator = calculator;
    this.records = records;
    this.journal = journal;
    this.mails = mails;
    this.clock = clock;
  }

  /** The questions this class asks of case_department, remembered per transaction ({@link CaseRows}). */
  private record Held(String orderInstanceId) {}

  private record Deadlines(String orderInstanceId) {}

  /** The case's deadline profile: the decision's input. */
  public String slaProfile(String caseNumber) {
    return records.get(caseNumber).slaProfile();
  }

  /**
   * Sets the deadlines of the co-order the instance holds. Counted from its dispatch the first
   * time; a co-order received again (the case reopened) counts from now.
   */
  public CoOrderDeadline set(String caseNumber, String orderInstanceId, CoOrderLimits limits) {
    CoOrderDeadline row = held(caseNumber, orderInstanceId);
    OffsetDateTime start = row.signForDueAt() == null ? row.dispatchedAt() : clock.now();
    Schedule signFor = calculator.schedule(start, limits.signForLimit(), limits.workingDays(), limits.reminderShare(), 1);
    Schedule contribution =
        calculator.schedule(start, limits.contributionLimit(), limits.workingDays(), limits.reminderShare(), 1);
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    jdbc.sql("update case_department set co_sign_for_due_at = ?, co_sign_for_remind_at = ?, co_contribution_due_at = ?,"
            + " co_contribution_remind_at = ?, co_escalate_to_lead = ?, co_contribution_missed_at = null,"
            + " co_sign_for_reminded_at = null, co_sign_for_missed_at = null"
            + " where case_number = ? and process_instance_id = ? and role = 'CO'")
        .params(signFor.dueAt(), signFor.reminderAt(), contribution.dueAt(), contribution.reminderAt(),
            limits.escalateToLead(), caseNumber, orderInstanceId)
        .update();
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.CO_DEADLINES_SET,
        "%s 签收 due %s, 协办反馈 due %s".formatted(row.department(), signFor.dueAt(), contribution.dueAt()));
    return held(caseNumber, orderInstanceId);
  }

  /**
   * The deadlines of the co-order an instance works on: those of the department holding it now. An
   * order handed over after a rejection gets the new department's own deadlines when it is received
   * again (ADR 29); until then, and after an arbitration, it keeps those of the latest department
   * that had some (the rejected rows hold them).
   */
  public Optional<CoOrderDeadline> ofInstance(String caseNumber, String orderInstanceId) {
    return rows.read(caseNumber, CaseRows.Table.CASE_DEPARTMENT, new Deadlines(orderInstanceId), () -> jdbc.sql("select " + COLUMNS + " from case_department where case_number = ? and role = 'CO'"
            + " and (process_instance_id = ? or rejected_by_instance = ?) and co_contribution_due_at is not null"
            + " order by case when process_instance_id = ? then 0 else 1 end, dispatched_at desc")
        .params(caseNumber, orderInstanceId, orderInstanceId, orderInstanceId)
        .query(CoOrderDeadlines::map)
        .list()
        .stream()
        .findFirst());
  }

  /** 协办提醒: the contribution is due soon; the co-handling department hears of it. */
  public void remind(String caseNumber, String orderInstanceId) {
    CoOrderDeadline co = current(caseNumber, orderInstanceId);
    mails.reminder(records.get(caseNumber), co);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REMINDER_SENT,
        "协办 %s 协办反馈 due %s".formatted(co.department(), co.contributionDueAt()));
  }

  /**
   * 协办超时: the co-handler missed its contribution deadline. The breach is recorded on its row and
   * in the journal, naming the department; the co department and (escalation) the lead are mailed.
   */
  public void breach(String caseNumber, String orderInstanceId) {
    CoOrderDeadline co = current(caseNumber, orderInstanceId);
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    jdbc.sql("update case_department set co_contribution_missed_at = coalesce(co_contribution_missed_at, ?)"
            + " where case_number = ? and process_instance_id = ?")
        .params(clock.now(), caseNumber, orderInstanceId)
        .update();
    mails.missed(records.get(caseNumber), co);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.DEADLINE_MISSED,
        "协办部门 %s 协办反馈 CONTRIBUTION due %s".formatted(co.department(), co.contributionDueAt()));
  }

  /**
   * Whether the department holding the co-order has still not signed for it (nor rejected it) at
   * the date {@code when} picks from its own deadlines; the sign-for watch's gateways ask (ADR 29).
   * A department that took the order over later has dates of its own, not yet come. Without own
   * dates (a profile without a co row) it is due with the case's stage, which the timer used.
   */
  public boolean awaitsSignFor(String caseNumber, String orderInstanceId, Function<CoOrderDeadline, OffsetDateTime> when) {
    CoOrderDeadline held = held(caseNumber, orderInstanceId);
    OffsetDateTime at = when.apply(held);
    return Status.DISPATCHED.name().equals(held.status()) && held.signedAt() == null && (at == null || !clock.now().isBefore(at));
  }

  /** 协办签收提醒: the sign-for is due soon; the co-handling department hears of it (ADR 29). */
  public void remindSignFor(String caseNumber, String orderInstanceId) {
    if (!markOnce("co_sign_for_reminded_at", caseNumber, orderInstanceId)) {
      return;
    }
    CoOrderDeadline co = current(caseNumber, orderInstanceId);
    mails.signForReminder(records.get(caseNumber), co);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REMINDER_SENT,
        "协办 %s 签收 due %s".formatted(co.department(), co.signForDueAt()));
  }

  /**
   * 协办签收超时: the co-handler did not sign for its order in time (ADR 29). Journaled naming the
   * department; the co department and (escalation) the lead are mailed. Once per department and
   * round: {@code co_sign_for_missed_at} on the row (V22) says it was recorded.
   */
  public void signForBreach(String caseNumber, String orderInstanceId) {
    if (!markOnce("co_sign_for_missed_at", caseNumber, orderInstanceId)) {
      return;
    }
    CoOrderDeadline co = current(caseNumber, orderInstanceId);
    mails.signForMissed(records.get(caseNumber), co);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.DEADLINE_MISSED,
        "协办部门 %s 签收 due %s".formatted(co.department(), co.signForDueAt()));
  }

  /**
   * Marks the held row's sign-for reminder or breach as done now; false when it was already (a watch
   * left from the previous department of a re-dispatched order can fire after the new one's).
   */
  private boolean markOnce(String column, String caseNumber, String orderInstanceId) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    return jdbc.sql("update case_department set " + column + " = ? where case_number = ? and process_instance_id = ?"
            + " and role = 'CO' and " + column + " is null")
        .params(clock.now(), caseNumber, orderInstanceId)
        .update() == 1;
  }

  /** Every co-handler of the case with its own deadlines, as the lead and the case page see them. */
  public List<CoOrderDeadline> of(String caseNumber) {
    return jdbc.sql("select " + COLUMNS + " from case_department where case_number = ? and role = 'CO'"
            + " and status <> 'REJECTED' order by department")
        .param(caseNumber)
        .query(CoOrderDeadlines::map)
        .list();
  }

  public OffsetDateTime now() {
    return clock.now();
  }

  /** The row the instance holds now, with the deadlines it was given (see {@link #ofInstance}). */
  private CoOrderDeadline current(String caseNumber, String orderInstanceId) {
    CoOrderDeadline held = held(caseNumber, orderInstanceId);
    CoOrderDeadline first = ofInstance(caseNumber, orderInstanceId).orElseThrow(() -> new IllegalStateException(
        "co-order instance %s of %s has no deadlines".formatted(orderInstanceId, caseNumber)));
    return new CoOrderDeadline(held.caseNumber(), held.department(), held.status(), held.dispatchedAt(), held.signedAt(),
        held.completedAt(), first.signForDueAt(), first.signForRemindAt(), first.contributionDueAt(),
        first.contributionRemindAt(), first.escalateToLead(), held.contributionMissedAt());
  }

  private CoOrderDeadline held(String caseNumber, String orderInstanceId) {
    return rows.<CoOrderDeadline>read(caseNumber, CaseRows.Table.CASE_DEPARTMENT, new Held(orderInstanceId), () -> jdbc.sql(
            "select " + COLUMNS + " from case_department where case_number = ? and process_instance_id = ?"
            + " and role = 'CO'")
        .params(caseNumber, orderInstanceId)
        .query(CoOrderDeadlines::map)
        .optional())
        .orElseThrow(() -> new IllegalStateException(
            "order instance %s of %s holds no co-order".formatted(orderInstanceId, caseNumber)));
  }

  private static CoOrderDeadline map(ResultSet rs, int row) throws SQLException {
    return new CoOrderDeadline(
        rs.getString("case_number"),
        rs.getString("department"),
        rs.getString("status"),
        rs.getObject("dispatched_at", OffsetDateTime.class),
        rs.getObject("signed_at", OffsetDateTime.class),
        rs.getObject("completed_at", OffsetDateTime.class),
        rs.getObject("co_sign_for_due_at", OffsetDateTime.class),
        rs.getObject("co_sign_for_remind_at", OffsetDateTime.class),
        rs.getObject("co_contribution_due_at", OffsetDateTime.class),
        rs.getObject("co_contribution_remind_at", OffsetDateTime.class),
        rs.getBoolean("co_escalate_to_lead"),
        rs.getObject("co_contribution_missed_at", OffsetDateTime.class));
  }
}
