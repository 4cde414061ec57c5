package io.gridcase.benchmarks;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare engine's stand-in for one Gridcase intake, built with Camunda's model API and doing
 * the same engine work in one start (one transaction): a parent instance that evaluates a routing
 * table ({@code lead-department}, FEEL, 18 rows, as shipped) {@link #DECISIONS} times, then calls
 * {@link #WATCHES} watch instances, each waiting on a message with {@link #TIMERS_PER_WATCH}
 * non-interrupting timers (as {@code stage-deadline} does), a timer for the co-order's sign-for
 * watch ({@link #CO_SIGN_FOR_TIMERS}), and {@link #ORDERS} order instances,
 * each waiting in one user task (as {@code department-order} does at 签收工单), with as many
 * process variables as Gridcase writes ({@link #PAYLOAD_VARIABLES}). No delegates, no
 * listeners, no Gridcase beans. {@code BenchmarkSmokeTest} checks that Gridcase's intake, counted
 * from its history, still does exactly this much; if a model changes, change the numbers here.
 */
final class IntakeEquivalent {

  static final String INTAKE = "equivalent-intake";
  static final String DECISION_RESOURCE = "models/lead-department.dmn";

  /** ACCEPT, PLAN, DONE, and since ADR 31 the reporter's FEEDBACK (started beside the case, the same model). */
  static final int WATCHES = 4;
  static final int TIMERS_PER_WATCH = 3;
  static final int ORDERS = 2;
  /** The co-order's own sign-for watch (ADR 29): one timer waiting beside its 签收 task. */
  static final int CO_SIGN_FOR_TIMERS = 1;
  /**
   * 9 routing and policy evaluations, and since issues 12 and 13 the duplicate window of the
   * category, the dispute route and the co-handler's deadlines; since ADR 31 the feedback deadline.
   */
  static final int DECISIONS = 13;

  /**
   * Extra string variables set at the start, so that the history writes as many variables per
   * intake as Gridcase's did when counted (81; the process itself makes 26: inputs, decision
   * results, multi-instance counters). Reported beside the other counts, not checked.
   */
  static final int PAYLOAD_VARIABLES = 55;

  static final String WATCH = "equivalent-watch";
  /** The order process and its one user task (签收工单's stand-in), which the per-click row completes. */
  static final String ORDER = "equivalent-order";
  static final String ORDER_TASK = "Sign";

  private IntakeEquivalent() {}

  /** What one start creates: the parent, its watches and orders; a task per order; the watches' timers; the evaluations. */
  static EngineWork work() {
    return new EngineWork(1 + WATCHES + ORDERS, ORDERS, WATCHES * TIMERS_PER_WATCH + CO_SIGN_FOR_TIMERS, DECISIONS, Double.NaN);
  }

  static BpmnModelInstance[] models() {
    return new BpmnModelInstance[] {intake(), watch(), order()};
  }

  /** The start variables: the wage-arrears case of the benchmark, as the routing table reads it. */
  static Map<String, Object> variables(String externalId) {
    Map<String, Object> variables = new HashMap<>(Map.of("externalId", externalId, "category", "WAGE_ARREARS",
        "channel", "HOTLINE_12345", "townCode", "JM-PJ-HUANSHI", "overseasChinese", false));
    for (int i = 1; i <= PAYLOAD_VARIABLES; i++) {
      variables.put("payload" + i, "丰乐路工地拖欠工资 " + externalId + " " + i);
    }
    return variables;
  }

  private static BpmnModelInstance intake() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(INTAKE).camundaHistoryTimeToLive(180).startEvent("Start");
    for (int decision = 1; decision <= DECISIONS; decision++) {
      flow = flow.businessRuleTask("Decide_" + decision).camundaDecisionRef("lead-department")
          .camundaMapDecisionResult("singleEntry").camundaResultVariable("decision" + decision);
    }
    return flow.parallelGateway("Fork")
        .callActivity("Watch").calledElement(WATCH)
        .multiInstance().parallel().cardinality(String.valueOf(WATCHES)).multiInstanceDone()
        .parallelGateway("Join")
        .endEvent("End")
        .moveToNode("Fork")
        .callActivity("Order").calledElement(ORDER).camundaIn("externalId", "externalId")
        .multiInstance().parallel().cardinality(String.valueOf(ORDERS)).multiInstanceDone()
        .connectTo("Join")
        .moveToNode("Fork")
        .intermediateCatchEvent("CoSignForWatch").timerWithDuration("PT1H")
        .connectTo("Join")
        .done();
  }

  private static BpmnModelInstance watch() {
    AbstractActivityBuilder<?, ?> await = Bpmn.createExecutableProcess(WATCH).camundaHistoryTimeToLive(180)
        .startEvent("Start").receiveTask("Await").message("StageMet");
    for (int timer = 1; timer <= TIMERS_PER_WATCH; timer++) {
      await = await.boundaryEvent("Timer_" + timer).cancelActivity(false).timerWithDuration("P" + timer + "D")
          .endEvent("End_Timer_" + timer)
          .moveToActivity("Await");
    }
    return await.endEvent("End").done();
  }

  private static BpmnModelInstance order() {
    return Bpmn.createExecutableProcess(ORDER).camundaHistoryTimeToLive(180)
        .startEvent("Start").userTask(ORDER_TASK).camundaCandidateGroups("bench").endEvent("End").done();
  }
}
