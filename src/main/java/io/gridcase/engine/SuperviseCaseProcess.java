package io.gridcase.engine;

/**
 * A supervision (督办) of a case for a group: {@code processes/supervise-case.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class SuperviseCaseProcess {

  public static final String ID = "supervise-case";
  /** Start message: a watch asks for a supervision. */
  public static final String MESSAGE_SUPERVISION_REQUESTED = "SupervisionRequested";

  // what the supervisors see
  public static final String CASE_NUMBER = "caseNumber";
  public static final String TITLE = "title";
  public static final String STAGE = "stage";
  public static final String DUE_AT = "dueAt";
  public static final String SUPERVISION_GROUP = "supervisionGroup";

  // the supervision
  public static final String SUPERVISION_NOTE = "supervisionNote";
  public static final String URGE_HOLDER = "urgeHolder";

  private SuperviseCaseProcess() {}
}
