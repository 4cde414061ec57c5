package io.gridcase.engine;

/**
 * A dispute's mediation (矛盾纠纷调解, 三调联动): {@code processes/dispute-mediation.bpmn}, called by
 * {@code case-lifecycle} when {@code decisions/dispute-route.dmn} names a first level. The names the
 * model and the Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class DisputeMediationProcess {

  public static final String ID = "dispute-mediation";
  public static final String TASK_MEDIATE = "UserTask_MediateDispute";
  public static final String TASK_CONFIRM = "UserTask_ConfirmAgreement";
  public static final String TIMER_OVERDUE = "BoundaryEvent_MediationOverdue";
  public static final String END_SETTLED = "EndEvent_Settled";
  public static final String END_CONFIRMATION_DECIDED = "EndEvent_ConfirmationDecided";
  public static final String END_ENDED = "EndEvent_MediationEnded";

  /** The level now mediating: VILLAGE, TOWN, ADMINISTRATIVE, COURT (dispute-route, mediation-deadline). */
  public static final String VAR_LEVEL = "mediationLevel";
  public static final String VAR_LEVEL_NAME = "mediationLevelName";
  public static final String VAR_LIMIT = "mediationLimit";
  public static final String VAR_NEXT_LEVEL = "nextMediationLevel";
  public static final String VAR_DUE = "mediationDue";
  /** The mediate-dispute form: SETTLED, PASS_UP or END; the caller reads it too. */
  public static final String VAR_OUTCOME = "mediationOutcome";
  public static final String VAR_TERMS = "agreementTerms";
  public static final String VAR_NOTE = "mediationNote";
  public static final String VAR_CONFIRMATION_ASKED = "judicialConfirmation";
  /** The confirm-agreement form. */
  public static final String VAR_CONFIRMED = "judicialConfirmed";
  public static final String VAR_CONFIRMATION_NOTE = "confirmationNote";

  private DisputeMediationProcess() {}
}
