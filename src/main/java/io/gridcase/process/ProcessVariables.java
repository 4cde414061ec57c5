package io.gridcase.process;

/** Names the models and the Java code agree on; see docs/process-contract.md. */
public final class ProcessVariables {

  public static final String CASE_LIFECYCLE = "case-lifecycle";
  public static final String DEPARTMENT_ORDER = "department-order";
  public static final String MESSAGE_CASE_CANCELLED = "CaseCancelled";
  public static final String MESSAGE_CASE_URGED = "CaseUrged";
  public static final String STAGE_DEADLINE = "stage-deadline";
  public static final String SUPERVISE_CASE = "supervise-case";
  public static final String REQUEST_EXTENSION = "request-extension";
  public static final String MESSAGE_STAGE_MET = "StageMet";
  public static final String MESSAGE_EXTENSION_REQUESTED = "ExtensionRequested";
  public static final String MESSAGE_SUPERVISION_REQUESTED = "SupervisionRequested";

  // the case
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CHANNEL = "channel";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String REPORTED_CATEGORY = "reportedCategory";
  public static final String SME = "sme";
  public static final String OVERSEAS_CHINESE = "overseasChinese";
  public static final String REPORTER_HAS_EMAIL = "reporterHasEmail";
  public static final String REPORTER_HAS_PHONE = "reporterHasPhone";

  // where it happened and who is local
  public static final String GRID_CODE = "gridCode";
  public static final String TOWN_CODE = "townCode";
  public static final String COUNTY_CODE = "countyCode";
  public static final String TOWN_CENTER_GROUP = "townCenterGroup";
  public static final String COUNTY_CENTER_GROUP = "countyCenterGroup";
  public static final String GRID_WORKER = "gridWorker";

  // triage
  public static final String CATEGORY = "category";
  public static final String PRIORITY = "priority";
  public static final String SLA_PROFILE = "slaProfile";
  public static final String ON_THE_SPOT = "onTheSpot";
  public static final String COMPLEX = "complex";
  public static final String RESOLVED_ON_THE_SPOT = "resolvedOnTheSpot";

  // dispatch and handling
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  public static final String CO_DEPARTMENTS = "coDepartments";
  public static final String DEPARTMENT = "department";
  public static final String NEW_DEPARTMENT = "newDepartment";
  public static final String ROLE = "role";
  public static final String ORDER_DECISION = "orderDecision";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String REJECTION_NOTE = "rejectionNote";
  public static final String REJECTION_COUNT = "rejectionCount";
  public static final String PLAN = "plan";
  public static final String OUTCOME = "outcome";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String CONTRIBUTION = "contribution";

  // revisit
  public static final String SATISFACTION = "satisfaction";
  public static final String REVISIT_NOTE = "revisitNote";

  // deadlines (stage-deadline) and supervision (supervise-case)
  public static final String STAGE = "stage";
  public static final String LIMIT = "limit";
  public static final String WORKING_DAYS = "workingDays";
  public static final String REMINDER_SHARE = "reminderShare";
  public static final String ESCALATION_FACTOR = "escalationFactor";
  public static final String DUE_AT = "dueAt";
  public static final String ROUND = "round";
  public static final String EXTEND_BY = "extendBy";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
  /** Who asked, by name (姓名), for the town center's form; extensionRequestedBy keeps the user id. */
  public static final String EXTENSION_REQUESTED_BY_NAME = "extensionRequestedByName";
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String EXTENSION_DECISION_NOTE = "extensionDecisionNote";
  public static final String SUPERVISION_GROUP = "supervisionGroup";
  public static final String SUPERVISION_NOTE = "supervisionNote";
  public static final String URGE_HOLDER = "urgeHolder";
  public static final String URGING_MESSAGE = "urgingMessage";
  public static final String URGED_BY = "urgedBy";

  // cancellation
  public static final String CANCELLATION_REASON = "cancellationReason";

  private ProcessVariables() {}
}
