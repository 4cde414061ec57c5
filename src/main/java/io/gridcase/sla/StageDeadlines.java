package io.gridcase.sla;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The deadlines of a case's stages as the supervisors' figures see them: set at dispatch, met
 * (on time or late), missed, escalated, extended. The clock starts at the first dispatch, so a
 * re-dispatch after a rejection changes nothing; a reopened case starts a new round from the reopen.
 */
@Service
public class StageDeadlines {

  private final CaseDeadlines deadlines;
  private final DeadlineCalculator calculator;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final DeadlineMails mails;
  private final CaseClock clock;
  private final ExtensionLimits limits;
  private final List<FixedDueDates> fixedDueDates;

  public StageDeadlines(
      CaseDeadlines deadlines,
      DeadlineCalculator calculator,
      CaseRecords records,
      CaseJournal journal,
      DeadlineMails mails,
      CaseClock clock,
      ExtensionLimits limits,
      List<FixedDueDates> fixedDueDates) {
    this.deadlines = deadlines;
    this.calculator = calculator;
    this.records = records;
    this.journal = journal;
    this.mails = mails;
    this.clock = clock;
    this.limits = limits;
    this.fixedDueDates = fixedDueDates;
  }

  /**
   * Sets a stage's deadline from the profile's limit, or, in the first round, at the due date the
   * case's own procedure fixed (FixedDueDates); returns its schedule.
   */
  public Schedule set(String caseNumber, Stage stage, String limit, boolean workingDays, double reminderShare, int escalationFactor) {
    CaseRecord handled = records.get(caseNumber);
    int round = handled.reopenCount();
    OffsetDateTime start = round == 0 && handled.dispatchedAt() != null ? handled.dispatchedAt() : clock.now();
    Optional<OffsetDateTime> fixedDue = round == 0 ? fixedDue(caseNumber, stage) : Optional.empty();
    Schedule schedule = fixedDue
        .map(due -> calculator.scheduleUntil(start, due, reminderShare, escalationFactor))
        .orElseGet(() -> calculator.schedule(start, limit, workingDays, reminderShare, escalationFactor));
    deadlines.insert(caseNumber, stage, round, start, schedule, workingDays);
    return schedule;
  }

  /** The stage was met; the first time counts. */
  public void met(String caseNumber, Stage stage) {
    deadlines.met(caseNumber, stage, clock.now());
  }

  public void remind(String caseNumber, Stage stage) {
    CaseDeadline deadline = open(caseNumber, stage);
    mails.deadlineReminder(caseNumber, stage, deadline.dueAt());
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REMINDER_SENT, describe(deadline));
  }

  /** The deadline passed: the stage is overdue and the supervisors hear of it. */
  public void breach(String caseNumber, Stage stage) {
    CaseDeadline deadline = open(caseNumber, stage);
    deadlines.overdue(caseNumber, stage, clock.now());
    mails.deadlineMissed(caseNumber, stage, deadline.dueAt());
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.DEADLINE_MISSED, describe(deadline));
  }

  /** Many times over the deadline: the case is flagged and goes one level up. */
  public void escalate(String caseNumber, Stage stage, String countyCenterGroup) {
    CaseDeadline deadline = open(caseNumber, stage);
    deadlines.escalated(caseNumber, stage, clock.now());
    records.flag(caseNumber);
    mails.escalated(caseNumber, stage, deadline.dueAt(), countyCenterGroup);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.ESCALATED, describe(deadline) + " -> " + countyCenterGroup);
  }

  /** Checks that an extension may still be asked for: the stage is open and its deadline ahead. */
  public CaseDeadline checkExtendable(String caseNumber, Stage stage) {
    CaseDeadline deadline = deadlines.current(caseNumber, stage)
        .filter(CaseDeadline::isOpen)
        .orElseThrow(() -> new DeadlineException("%s has no open %s deadline".formatted(caseNumber, stage)));
    if (!clock.now().isBefore(deadline.dueAt())) {
      throw new DeadlineException("the %s deadline of %s has passed: ask before it".formatted(stage, caseNumber));
    }
    return deadline;
  }

  public void extensionRequested(String caseNumber, Stage stage, String extendBy, String reason, String requestedBy) {
    journal.record(caseNumber, requestedBy, CaseAction.EXTENSION_REQUESTED, "%s +%s: %s".formatted(stage, extendBy, reason));
  }

  /** The town center's decision; approval moves the deadline, and the new schedule is returned. */
  public Schedule decideExtension(String caseNumber, Stage stage, String extendBy, boolean approved, String note, String decidedBy) {
    CaseDeadline deadline = open(caseNumber, stage);
    Schedule schedule = new Schedule(deadline.reminderAt(), deadline.dueAt(), deadline.escalateAt());
    if (approved) {
      // checked again: the request's variables in the watch could have been changed since it was asked
      limits.check(records.get(caseNumber).slaProfile(), stage, extendBy);
      schedule = calculator.extend(schedule, extendBy, deadline.workingDays());
      deadlines.extend(caseNumber, stage, schedule);
    }
    mails.extensionDecided(caseNumber, stage, approved, schedule.dueAt(), note);
    journal.record(caseNumber, decidedBy, approved ? CaseAction.EXTENSION_APPROVED : CaseAction.EXTENSION_REFUSED,
        "%s +%s -> %s%s".formatted(stage, extendBy, schedule.dueAt(), note == null ? "" : ": " + note));
    return schedule;
  }

  private Optional<OffsetDateTime> fixedDue(String caseNumber, Stage stage) {
    return fixedDueDates.stream().map(f -> f.dueAt(caseNumber, stage)).flatMap(Optional::stream).findFirst();
  }

  private CaseDeadline open(String caseNumber, Stage stage) {
    return deadlines.current(caseNumber, stage)
        .orElseThrow(() -> new DeadlineException("%s has no %s deadline".formatted(caseNumber, stage)));
  }

  private static String describe(CaseDeadline deadline) {
    return "%s %s due %s".formatted(deadline.stage(), deadline.stage().label(), deadline.dueAt());
  }
}
