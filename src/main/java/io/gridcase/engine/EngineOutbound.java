package io.gridcase.engine;

import static io.gridcase.engine.CaseLifecycleProcess.CANCELLATION_REASON;
import static io.gridcase.engine.CaseLifecycleProcess.CASE_NUMBER;
import static io.gridcase.engine.DepartmentOrderProcess.DEPARTMENT;
import static io.gridcase.engine.DepartmentOrderProcess.ROLE;

import io.gridcase.closing.CaseCancellations;
import io.gridcase.engine.sms.RecordSmsSentDelegate;
import io.gridcase.dispatch.RunningOrders;
import io.gridcase.intake.CaseLifecycles;
import io.gridcase.metrics.KpiTargetRules;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsNoticeRules;
import io.gridcase.notification.SmsProcesses;
import io.gridcase.signals.WeakSignalEngine;
import io.gridcase.sla.ExtensionLimitRules;
import io.gridcase.sla.Stage;
import io.gridcase.supervision.UrgingMessages;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The engine room's door out: the capabilities reach the engine only through the ports they own
 * ({@link CaseLifecycles}, {@link CaseCancellations}, {@link WeakSignalEngine}, {@link KpiTargetRules}, {@link RunningOrders},
 * {@link SmsProcesses}, {@link SmsNoticeRules}, {@link ExtensionLimitRules}, {@link UrgingMessages}), and this class
 * implements them with the engine's services. A few ports have a small class of their own beside it
 * ({@code DeadlineWatches}, {@code EngineTaskHolders}, {@code CamundaIdentitySync}, {@link EngineClockTime});
 * {@code EngineRoomTest} keeps the capabilities free of Camunda.
 */
@Component
public class EngineOutbound implements CaseLifecycles, CaseCancellations, WeakSignalEngine, KpiTargetRules, RunningOrders,
    SmsProcesses, SmsNoticeRules, ExtensionLimitRules, UrgingMessages {

  static final String WEAK_SIGNAL_RULES = "weak-signal-rules";
  static final String KPI_TARGETS = "kpi-targets";
  static final String SMS_NOTICES = "sms-notices";
  static final String EXTENSION_LIMIT = "extension-limit";

  private final RuntimeService runtime;
  private final DecisionService decisions;

  public EngineOutbound(RuntimeService runtime, DecisionService decisions) {
    this.runtime = runtime;
    this.decisions = decisions;
  }

  @Override
  public void start(String caseNumber) {
    runtime.createProcessInstanceByKey(CaseLifecycleProcess.ID)
        .businessKey(caseNumber)
        .setVariable(CASE_NUMBER, caseNumber)
        .execute();
  }

  @Override
  public List<Map<String, Object>> notices(SmsKind event, String channel, String priority, boolean sme) {
    return decisions.evaluateDecisionByKey(SMS_NOTICES)
        .variables(Variables.createVariables().putValue("event", event.name()).putValue("channel", channel)
            .putValue("priority", priority).putValue("sme", sme))
        .evaluate()
        .getResultList();
  }

  @Override
  public void send(long smsId) {
    runtime.createProcessInstanceByKey(SmsProcesses.PROCESS)
        .businessKey(SmsProcesses.businessKey(smsId))
        .setVariable(RecordSmsSentDelegate.SMS_ID, smsId)
        .execute();
  }

  @Override
  public void cancelled(String caseNumber, String reason) {
    runtime.createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CASE_CANCELLED)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(CANCELLATION_REASON, reason)
        .correlateWithResult();
  }

  @Override
  public void urge(String caseNumber, String urgedBy, String message) {
    runtime.createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CASE_URGED)
        .processInstanceBusinessKey(caseNumber)
        .setVariablesLocal(Map.of(CaseLifecycleProcess.URGING_MESSAGE, message, CaseLifecycleProcess.URGED_BY, urgedBy))
        .correlateWithResult();
  }

  @Override
  public List<Map<String, Object>> watches(String category) {
    return decisions.evaluateDecisionByKey(WEAK_SIGNAL_RULES)
        .variables(Variables.createVariables().putValue("category", category))
        .evaluate()
        .getResultList();
  }

  @Override
  public void raise(long alertId, Map<String, Object> variables) {
    runtime.createMessageCorrelation(WeakSignalAlertProcess.MESSAGE_WEAK_SIGNAL_RAISED)
        .processInstanceBusinessKey(WeakSignalAlertProcess.businessKey(alertId))
        .setVariables(variables)
        .correlateStartMessage();
  }

  @Override
  public Map<String, Object> target(String kpi, String channel) {
    return decisions.evaluateDecisionByKey(KPI_TARGETS)
        .variables(Variables.createVariables().putValue("kpi", kpi).putValue("channel", channel))
        .evaluate()
        .getFirstResult();
  }

  @Override
  public Map<String, Object> limit(String slaProfile, Stage stage) {
    return decisions.evaluateDecisionByKey(EXTENSION_LIMIT)
        .variables(Variables.createVariables().putValue("slaProfile", slaProfile).putValue("stage", stage.name()))
        .evaluate()
        .getFirstResult();
  }

  @Override
  public List<RunningOrder> running() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(DepartmentOrderProcess.ID).list().stream()
        .filter(order -> order.getBusinessKey() != null)
        .map(order -> {
          Map<String, Object> variables = runtime.getVariables(order.getId(), List.of(DEPARTMENT, ROLE));
          return new RunningOrder(order.getBusinessKey(), order.getId(), text(variables.get(DEPARTMENT)), text(variables.get(ROLE)));
        })
        .toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
