package io.gridcase.petitions;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review (复查, ADR 23): a petitioner who disagrees with the handling opinion asks within the
 * window the opinion named; the reviewing body (上一级, group {@code petition-reviewers}) upholds or
 * changes the outcome class within the review limit, and the petitioner is told in writing.
 */
@Service
public class PetitionReviews {

  private final JdbcClient jdbc;
  private final Petitions petitions;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final PetitionNotices notices;
  private final PetitionReviewStarts starts;

  public PetitionReviews(JdbcClient jdbc, Petitions petitions, CaseRecords records, CaseJournal journal, CaseClock clock,
      PetitionNotices notices, PetitionReviewStarts starts) {
    this.jdbc = jdbc;
    this.petitions = petitions;
    this.records = records;
    this.journal = journal;
    this.clock = clock;
    this.notices = notices;
    this.starts = starts;
  }

  /** 复查申请 over the API: recorded and the open window moved on to the review, in one transaction. */
  @Transactional
  public void request(String caseNumber, String reason, String actor) {
    record(caseNumber, reason, actor, "reason");
    if (!starts.requested(caseNumber)) {
      throw new PetitionConflict("复查申请期未开放 No review window is open for %s.".formatted(caseNumber));
    }
  }

  /**
   * 登记复查申请 in Tasklist, in the form's transaction (the window's process goes on by itself): a
   * late request is refused at the reason's field like a missing reason.
   */
  public void recordInTask(String caseNumber, String reason, String actor) {
    try {
      record(caseNumber, reason, actor, "reviewReason");
    } catch (PetitionConflict conflict) {
      throw new PetitionRefusal("reviewReason", conflict.getMessage());
    }
  }

  /** The window passed without a request: the handling opinion is final (意见终结). */
  public void finalizeOpinion(String caseNumber) {
    int changed = jdbc.sql("update petition set opinion_final_at = ? where case_number = ? and review_requested_at is null"
            + " and opinion_final_at is null")
        .params(clock.now(), caseNumber)
        .update();
    if (changed > 0) {
      journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.PETITION_OPINION_FINAL, "期限内未申请复查");
    }
  }

  private void record(String caseNumber, String reason, String actor, String reasonField) {
    if (reason == null || reason.isBlank()) {
      throw new PetitionRefusal(reasonField, "请写明申请复查的理由 Give the reason for the review.");
    }
    Petition petition = petitions.find(caseNumber)
        .orElseThrow(() -> new PetitionConflict("案件 %s 不是信访事项 Case %s is no petition.".formatted(caseNumber, caseNumber)));
    if (petition.opinionAt() == null) {
      throw new PetitionConflict("尚未出具处理意见书，不能申请复查 No handling opinion yet.");
    }
    if (petition.reviewRequestedAt() != null) {
      throw new PetitionConflict("已申请复查 A review was asked already.");
    }
    OffsetDateTime now = clock.now();
    if (petition.opinionFinalAt() != null || now.isAfter(petition.reviewRequestDueAt())) {
      throw new PetitionConflict("申请复查期限已过（截至 %s），处理意见已终结 The window for a review has passed."
          .formatted(petition.reviewRequestDueAt()));
    }
    int changed = jdbc.sql("update petition set review_requested_at = ?, review_reason = ? where case_number = ?"
            + " and review_requested_at is null")
        .params(now, reason.strip(), caseNumber)
        .update();
    if (changed == 0) {
      throw new PetitionConflict("已申请复查 A review was asked already.");
    }
    journal.record(caseNumber, actor, CaseAction.PETITION_REVIEW_REQUESTED, reason.strip());
  }

  /** 登记复查: due the review limit after the request. */
  public void open(String caseNumber, String reviewLimit) {
    OffsetDateTime requested = petitions.get(caseNumber).reviewRequestedAt();
    jdbc.sql("update petition set review_due_at = ? where case_number = ?")
        .params(Limits.after(requested, reviewLimit), caseNumber)
        .update();
  }

  /** 复查结论: upheld, or changed to another outcome class; the petitioner is told in writing. */
  public void decide(String caseNumber, String result, String newOutcomeClass, String note, String actor) {
    Petition petition = petitions.get(caseNumber);
    if (!"UPHELD".equals(result) && !"CHANGED".equals(result)) {
      throw new PetitionRefusal("reviewResult", "请选择维持或变更 Choose upheld or changed.");
    }
    if (note == null || note.isBlank()) {
      throw new PetitionRefusal("reviewNote", "请写明复查意见 Write the review's reasons.");
    }
    OutcomeClass outcomeClass = OutcomeClass.valueOf(petition.outcomeClass());
    if ("CHANGED".equals(result)) {
      outcomeClass = Petitions.outcomeClass(newOutcomeClass);
      if (outcomeClass.name().equals(petition.outcomeClass())) {
        throw new PetitionRefusal("outcomeClass", "变更的处理结论与原结论相同 The changed class is the same as before.");
      }
    }
    OffsetDateTime now = clock.now();
    journal.record(caseNumber, actor, CaseAction.PETITION_REVIEWED, ("UPHELD".equals(result) ? "维持 " : "变更 ")
        + outcomeClass.label());
    notices.review(records.get(caseNumber), "UPHELD".equals(result), outcomeClass, note.strip(), now);
    jdbc.sql("update petition set review_result = ?, review_note = ?, reviewed_at = ?, reviewed_by = ?, outcome_class = ?"
            + " where case_number = ?")
        .params(result, note.strip(), now, actor == null ? CaseJournal.SYSTEM : actor, outcomeClass.name(), caseNumber)
        .update();
  }
}
