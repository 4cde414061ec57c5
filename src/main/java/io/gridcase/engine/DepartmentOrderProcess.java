package io.gridcase.engine;

/**
 * One department's order of a case: {@code processes/department-order.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class DepartmentOrderProcess {

  public static final String ID = "department-order";

  // the order
  public static final String DEPARTMENT = "department";
  public static final String ROLE = "role";
  public static final String NEW_DEPARTMENT = "newDepartment";
  public static final String ORDER_DECISION = "orderDecision";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String REJECTION_NOTE = "rejectionNote";

  // handling
  public static final String PLAN = "plan";
  public static final String OUTCOME = "outcome";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String CONTRIBUTION = "contribution";

  private DepartmentOrderProcess() {}
}
