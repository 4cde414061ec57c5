package io.gridcase.engine;

/**
 * The case from report to closure: {@code processes/case-lifecycle.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class CaseLifecycleProcess {

  public static final String ID = "case-lifecycle";
  /** Message: a case is withdrawn. */
  public static final String MESSAGE_CASE_CANCELLED = "CaseCancelled";
  /** Message: a supervisor urges the holder. */
  public static final String MESSAGE_CASE_URGED = "CaseUrged";

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
  /** The feedback-deadline decision's row for the case (ADR 31). */
  public static final String FEEDBACK_DEADLINE = "feedbackDeadline";
  public static final String RESOLVED_ON_THE_SPOT = "resolvedOnTheSpot";

  // dispatch and the result on the spot
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  public static final String CO_DEPARTMENTS = "coDepartments";
  public static final String OUTCOME = "outcome";
  public static final String RESULT_SUMMARY = "resultSummary";

  // revisit
  public static final String SATISFACTION = "satisfaction";
  public static final String REVISIT_NOTE = "revisitNote";

  // urging (message CaseUrged) and cancellation (message CaseCancelled)
  public static final String URGING_MESSAGE = "urgingMessage";
  public static final String URGED_BY = "urgedBy";
  public static final String CANCELLATION_REASON = "cancellationReason";

  // duplicates (ADR 19): the manual triage's outcome (DUPLICATE for 重复件) and the master it names
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  public static final String TRIAGE_DUPLICATE = "DUPLICATE";
  public static final String MASTER_CASE_NUMBER = "masterCaseNumber";

  private CaseLifecycleProcess() {}
}
