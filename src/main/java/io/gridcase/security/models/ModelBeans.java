package io.gridcase.security.models;

import java.util.Set;

/**
 * The Spring beans a model may call: the delegates and listeners the models name in
 * {@code delegateExpression}, and the beans they call in an expression. No other bean is
 * visible to an expression; a new delegate is added here and in docs/process-contract.md
 * ("What a model may call").
 */
public final class ModelBeans {

  /** Bean names, as the models write them ({@code ${registerCaseDelegate}}). */
  public static final Set<String> NAMES = Set.of(
      // case-lifecycle
      "registerCaseDelegate", "recordTriageDelegate", "checkWeakSignalsDelegate", "recordOnTheSpotDelegate",
      "dispatchCaseDelegate", "sendFeedbackMailDelegate", "recordRevisitDelegate", "reopenCaseDelegate",
      "closeCaseDelegate", "recordCancellationDelegate", "notifyUrgingDelegate", "caseStages",
      // department-order
      "receiveOrderDelegate", "recordSignForDelegate", "recordArbitrationDelegate", "redispatchOrderDelegate",
      "recordPlanDelegate", "recordResultDelegate", "recordContributionDelegate", "stageMetDelegate", "orderTasks",
      // stage-deadline, request-extension, supervise-case, weak-signal-alert
      "setDeadlineDelegate", "stageDeadlineDates", "sendDeadlineReminderDelegate", "recordBreachDelegate", "escalateCaseDelegate",
      "applyExtensionDecisionDelegate", "supervisionRequests", "requestExtensionDelegate", "recordSupervisionDelegate",
      "supervisionUrgings", "recordWeakSignalFindingDelegate", "openCommonCauseCaseDelegate",
      // case-lifecycle's feedback by SMS, send-sms
      "sendFeedbackSmsDelegate", "recordSmsSentDelegate",
      // every user task's due date and priority
      "taskDeadlines", "taskPriorities",
      // case-lifecycle's feedback deadline (ADR 31)
      "watchFeedbackDeadlineDelegate", "sendInterimFeedbackDelegate",
      // case-lifecycle's duplicates (ADR 19)
      "duplicateChecks", "linkDuplicateDelegate", "tellDuplicateReportersDelegate",
      // department-order's co-handler deadlines (ADR 24)
      "coOrderDates", "setCoDeadlinesDelegate", "sendCoReminderDelegate", "recordCoBreachDelegate",
      "sendCoSignForReminderDelegate", "recordCoSignForBreachDelegate",
      // petition-procedure, petition-opinion (ADR 23)
      "openPetitionDelegate", "recordPetitionAcceptanceDelegate", "recordAcceptanceOverdueDelegate",
      "recordPetitionOpinionDelegate", "petitionDeadlines", "openPetitionReviewDelegate", "recordPetitionReviewDelegate",
      // dispute-mediation (ADR 22)
      "enterMediationLevelDelegate", "enterConfirmationDelegate", "recordMediationDelegate",
      "recordMediationOverdueDelegate", "recordConfirmationDelegate",
      // petition-review's window (ADR 28)
      "recordPetitionReviewRequestDelegate", "finalizePetitionOpinionDelegate");

  private ModelBeans() {}
}
