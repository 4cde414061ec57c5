package io.gridcase.petitions;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.closing.CaseEnding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A petition's own steps (信访事项办理, ADR 23): opened when the case reaches acceptance review, the
 * acceptance decision with its written notice, the overdue acceptance, the handling opinion with its
 * outcome class. Each runs in the caller's transaction: the process step that does it.
 */
@Service
public class Petitions {

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseEnding ending;
  private final CaseClock clock;
  private final PetitionNotices notices;
  private final PetitionReviewStarts reviewWindows;

  public Petitions(JdbcClient jdbc, CaseRecords records, CaseJournal journal, CaseEnding ending, CaseClock clock,
      PetitionNotices notices, PetitionReviewStarts reviewWindows) {
    this.jdbc = jdbc;
    this.records = records;
    this.journal = journal;
    this.ending = ending;
    this.clock = clock;
    this.notices = notices;
    this.reviewWindows = reviewWindows;
  }

  /** 登记信访事项: acceptance is due the acceptance limit after the case was received (reported). */
  public Petition open(String caseNumber, String acceptanceLimit) {
    Optional<Petition> known = find(caseNumber);
    if (known.isPresent()) {
      return known.get();
    }
    OffsetDateTime received = records.get(caseNumber).reportedAt();
    jdbc.sql("insert into petition (case_number, received_at, acceptance_due_at) values (?, ?, ?)")
        .params(caseNumber, received, Limits.after(received, acceptanceLimit))
        .update();
    return get(caseNumber);
  }

  /**
   * 受理审查: records the decision, writes and sends the notice; a petition not accepted is closed
   * (不予受理), its case outcome left empty; an accepted one is due the handling limit after this
   * decision (自受理之日起). Answers whether it was accepted.
   */
  public boolean decideAcceptance(String caseNumber, String decision, String reasonCode, String note,
      String handlingLimit, String actor) {
    Petition petition = get(caseNumber);
    if (petition.accepted() != null) {
      throw new PetitionRefusal("acceptanceDecision", "已作出受理决定 The acceptance was decided already.");
    }
    boolean accept = accepted(decision);
    NotAcceptedReason reason = accept ? null : reason(reasonCode);
    OffsetDateTime now = clock.now();
    CaseRecord c = records.get(caseNumber);
    journal.record(caseNumber, actor, accept ? CaseAction.PETITION_ACCEPTED : CaseAction.PETITION_NOT_ACCEPTED,
        reason == null ? null : reason.label());
    String notice = notices.acceptance(c, accept, reason, note, now);
    OffsetDateTime handlingDue = accept ? Limits.after(now, handlingLimit) : null;
    jdbc.sql("update petition set accepted = ?, not_accepted_reason = ?, decided_at = ?, decided_by = ?,"
            + " acceptance_notice = ?, handling_due_at = ? where case_number = ?")
        .params(accept, reason == null ? null : reason.name(), now, actorOrSystem(actor), notice, handlingDue, caseNumber)
        .update();
    if (!accept) {
      ending.close(caseNumber);
    }
    return accept;
  }

  /** The acceptance limit passed without a decision: recorded on the petition and in the journal. */
  public void recordAcceptanceOverdue(String caseNumber) {
    int changed = jdbc.sql("update petition set acceptance_overdue_at = ? where case_number = ? and accepted is null"
            + " and acceptance_overdue_at is null")
        .params(clock.now(), caseNumber)
        .update();
    if (changed > 0) {
      journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.DEADLINE_MISSED, "信访事项受理审查超过期限");
    }
  }

  /**
   * 出具处理意见书: the outcome class and the opinion, the notice with the review window
   * (reviewRequestWindow after now) sent to the petitioner; the review window opens.
   */
  public void issueOpinion(String caseNumber, String outcomeClassCode, String opinion, String reviewRequestWindow,
      String actor) {
    Petition petition = get(caseNumber);
    if (!Boolean.TRUE.equals(petition.accepted())) {
      throw new IllegalStateException("petition " + caseNumber + " was not accepted");
    }
    OutcomeClass outcomeClass = outcomeClass(outcomeClassCode);
    if (opinion == null || opinion.isBlank()) {
      throw new PetitionRefusal("opinion", "请填写处理意见 Write the handling opinion.");
    }
    OffsetDateTime now = clock.now();
    OffsetDateTime reviewDue = Limits.after(now, reviewRequestWindow);
    long windowDays = Duration.between(now, reviewDue).toDays();
    journal.record(caseNumber, actor, CaseAction.PETITION_OPINION_ISSUED, outcomeClass.label());
    String notice = notices.opinion(records.get(caseNumber), outcomeClass, opinion.strip(), now, reviewDue, windowDays);
    jdbc.sql("update petition set outcome_class = ?, opinion = ?, opinion_at = ?, opinion_by = ?, opinion_notice = ?,"
            + " review_request_due_at = ?, opinion_final_at = null where case_number = ?")
        .params(outcomeClass.name(), opinion.strip(), now, actorOrSystem(actor), notice, reviewDue, caseNumber)
        .update();
    reviewWindows.openWindow(caseNumber, outcomeClass.label() + "：" + opinion.strip());
  }

  public Optional<Petition> find(String caseNumber) {
    return jdbc.sql("select * from petition where case_number = ?").param(caseNumber).query(Petitions::row).optional();
  }

  public Petition get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new IllegalStateException("no petition for case " + caseNumber));
  }

  private static boolean accepted(String decision) {
    if ("ACCEPT".equals(decision)) {
      return true;
    }
    if ("NOT_ACCEPT".equals(decision)) {
      return false;
    }
    throw new PetitionRefusal("acceptanceDecision", "请选择受理或不予受理 Choose accept or not accept.");
  }

  private static NotAcceptedReason reason(String code) {
    if (code == null || code.isBlank()) {
      throw new PetitionRefusal("notAcceptedReason", "不予受理须说明理由 Give the reason for not accepting.");
    }
    try {
      return NotAcceptedReason.valueOf(code.strip());
    } catch (IllegalArgumentException e) {
      throw new PetitionRefusal("notAcceptedReason", "未知的不予受理理由 Unknown reason: " + code);
    }
  }

  static OutcomeClass outcomeClass(String code) {
    if (code == null || code.isBlank()) {
      throw new PetitionRefusal("outcomeClass", "请选择处理结论 Choose the outcome class.");
    }
    try {
      return OutcomeClass.valueOf(code.strip());
    } catch (IllegalArgumentException e) {
      throw new PetitionRefusal("outcomeClass", "未知的处理结论 Unknown outcome class: " + code);
    }
  }

  private static String actorOrSystem(String actor) {
    return actor == null ? CaseJournal.SYSTEM : actor;
  }

  private static Petition row(ResultSet rs, int n) throws SQLException {
    return new Petition(
        rs.getString("case_number"),
        rs.getObject("received_at", OffsetDateTime.class),
        rs.getObject("acceptance_due_at", OffsetDateTime.class),
        rs.getObject("accepted", Boolean.class),
        rs.getString("not_accepted_reason"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("acceptance_notice"),
        rs.getObject("acceptance_overdue_at", OffsetDateTime.class),
        rs.getString("outcome_class"),
        rs.getString("opinion"),
        rs.getObject("opinion_at", OffsetDateTime.class),
        rs.getString("opinion_notice"),
        rs.getObject("review_request_due_at", OffsetDateTime.class),
        rs.getObject("review_requested_at", OffsetDateTime.class),
        rs.getObject("review_due_at", OffsetDateTime.class),
        rs.getString("review_result"),
        rs.getString("review_note"),
        rs.getObject("reviewed_at", OffsetDateTime.class),
        rs.getObject("handling_due_at", OffsetDateTime.class),
        rs.getObject("opinion_final_at", OffsetDateTime.class));
  }
}
