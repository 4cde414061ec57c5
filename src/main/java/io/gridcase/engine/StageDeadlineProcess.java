package io.gridcase.engine;

/**
 * The watch over one deadline stage of a case: {@code processes/stage-deadline.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class StageDeadlineProcess {

  public static final String ID = "stage-deadline";
  /** Message: the lead department met the stage. */
  public static final String MESSAGE_STAGE_MET = "StageMet";
  /** Message: the holder asks for more time. */
  public static final String MESSAGE_EXTENSION_REQUESTED = "ExtensionRequested";
  /** The town center decides an extension request. */
  public static final String TASK_DECIDE_EXTENSION = "UserTask_DecideExtension";

  // the case, as the watch's steps read it
  public static final String CASE_NUMBER = "caseNumber";
  public static final String TITLE = "title";
  public static final String TOWN_CENTER_GROUP = "townCenterGroup";

  // the stage and its limit (from the deadline-profile decision)
  public static final String STAGE = "stage";
  public static final String LIMIT = "limit";
  public static final String WORKING_DAYS = "workingDays";
  public static final String REMINDER_SHARE = "reminderShare";
  public static final String ESCALATION_FACTOR = "escalationFactor";
  public static final String COUNTY_CENTER_GROUP = "countyCenterGroup";
  /**
   * Whether the reminder also gives the reporter an interim answer (阶段性反馈): a FEEDBACK watch
   * only, from the feedback-deadline decision (ADR 31).
   */
  public static final String INTERIM_FEEDBACK = "interimFeedback";

  // an extension request (message ExtensionRequested) and its decision
  public static final String EXTEND_BY = "extendBy";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
  /** Who asked, by name (姓名), for the town center's form; extensionRequestedBy keeps the user id. */
  public static final String EXTENSION_REQUESTED_BY_NAME = "extensionRequestedByName";
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String EXTENSION_DECISION_NOTE = "extensionDecisionNote";

  private StageDeadlineProcess() {}
}
