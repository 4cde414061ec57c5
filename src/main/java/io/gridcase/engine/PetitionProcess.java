package io.gridcase.engine;

/**
 * A petition's own steps (信访事项办理, ADR 23): {@code processes/petition-procedure.bpmn} (受理审查,
 * acceptance with its written notice) and {@code processes/petition-opinion.bpmn} (处理意见书 with the
 * outcome class), both called by {@code case-lifecycle} for a case of SLA profile {@code PETITION}.
 * The names the models and the Java code agree on (docs/process-contract.md).
 */
public final class PetitionProcess {

  public static final String ID = "petition-procedure";
  public static final String OPINION_ID = "petition-opinion";
  public static final String REVIEW_ID = "petition-review";

  // element ids the code names
  public static final String DECIDE_ACCEPTANCE = "UserTask_DecidePetitionAcceptance";
  public static final String ISSUE_OPINION = "UserTask_IssueHandlingOpinion";
  public static final String REVIEW_PETITION = "UserTask_ReviewPetition";
  public static final String RECORD_REVIEW_REQUEST = "UserTask_RecordReviewRequest";
  public static final String REVIEW_WINDOW_PASSED = "BoundaryEvent_ReviewWindowPassed";
  public static final String MESSAGE_REVIEW_REQUESTED = "PetitionReviewRequested";

  /** The group that decides acceptance and issues the handling opinion: the petition office 信访办. */
  public static final String PETITION_OFFICE = "petition-office";
  /** The reviewing body one level up (复查机关): decides a review. */
  public static final String PETITION_REVIEWERS = "petition-reviewers";

  // petition-limits (ISO 8601)
  public static final String ACCEPTANCE_LIMIT = "acceptanceLimit";
  public static final String HANDLING_LIMIT = "handlingLimit";
  public static final String REVIEW_REQUEST_WINDOW = "reviewRequestWindow";
  public static final String REVIEW_LIMIT = "reviewLimit";

  // the acceptance form and its result
  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
  public static final String NOT_ACCEPTED_REASON = "notAcceptedReason";
  public static final String ACCEPTANCE_NOTE = "acceptanceNote";
  public static final String PETITION_ACCEPTED = "petitionAccepted";

  // the handling opinion form
  public static final String OUTCOME_CLASS = "outcomeClass";
  public static final String OPINION = "opinion";

  // the review form
  public static final String REVIEW_RESULT = "reviewResult";
  public static final String REVIEW_NOTE = "reviewNote";
  // the review request form (登记复查申请) and what it shows
  public static final String REVIEW_REASON = "reviewReason";
  public static final String OPINION_SUMMARY = "opinionSummary";
  public static final String SLA_PROFILE = "slaProfile";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";

  private PetitionProcess() {}
}
