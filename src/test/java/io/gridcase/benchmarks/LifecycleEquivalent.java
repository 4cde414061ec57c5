package io.gridcase.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;

/**
 * The bare engine's stand-in for one whole Gridcase lifecycle (report → sign for → plan, contribution → result →
 * feedback mail → two revisits → closed), built with Camunda's model API and doing the same engine work, as
 * {@link IntakeEquivalent} does for the intake, whose watch process, routing table and start variables it reuses.
 * The start does the intake's work in one transaction: {@link IntakeEquivalent#DECISIONS} evaluations of
 * {@code lead-department}, {@link IntakeEquivalent#WATCHES} watches (a receive task with three boundary timers) and two
 * orders: the lead's ({@link #LEAD_TASKS} user tasks in a row) and the co-handler's ({@link #CO_TASKS} user tasks, its
 * sign-for watched by a boundary timer and its contribution by {@link #CO_CONTRIBUTION_TIMERS}), each claimed and
 * completed through TaskService as the orders' departments do. After both orders: a save point ({@code asyncBefore}
 * and {@code asyncAfter} on a manual task, run by the job executor, as the feedback mail's), the later
 * {@link #LATER_DECISIONS} evaluations, and {@link #REVISITS} revisits, each a timer fired by hand through
 * ManagementService, as Gridcase's are, and a user task. A terminate end event closes the instance and ends the
 * watches still waiting (Gridcase ends each with a StageMet message when its stage is met). No delegates, no listeners,
 * no Gridcase beans. {@code BenchmarkSmokeTest} checks that one Gridcase lifecycle, counted from its history, still does
 * exactly this much; if a model changes, change the numbers here.
 */
final class LifecycleEquivalent {

  static final String LIFECYCLE = "equivalent-lifecycle";
  private static final String LEAD_ORDER = "equivalent-lead-order";
  private static final String CO_ORDER = "equivalent-co-order";

  /** 签收工单, 提出处置方案, 上报处置结果. */
  static final int LEAD_TASKS = 3;
  /** 签收工单, 上报协办意见. */
  static final int CO_TASKS = 2;
  /** The co-handler's contribution: reminder and deadline (boundary timers of 上报协办意见). */
  static final int CO_CONTRIBUTION_TIMERS = 2;
  /** The feedback mail's save points: one task, async before and after. */
  static final int ASYNC_CONTINUATIONS = 2;
  /**
   * Evaluations after the intake's 13, counted from Gridcase's history (23 per lifecycle): the revisit policy, and the
   * priority, due-date and SMS-notice tables Gridcase evaluates as the later tasks are created and the stages move on.
   */
  static final int LATER_DECISIONS = 10;
  /** 回访 and 二次回访: a timer fired by hand, then a user task. */
  static final int REVISITS = 2;

  private static final String GROUP = "bench";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private LifecycleEquivalent() {}

  /** What one lifecycle does: the intake's work, the later tasks, timers and evaluations, the save points run and the revisit timers fired. */
  static LifecycleWork work() {
    EngineWork intake = IntakeEquivalent.work();
    return new LifecycleWork(new EngineWork(intake.instances(), LEAD_TASKS + CO_TASKS + REVISITS,
        intake.timers() + CO_CONTRIBUTION_TIMERS + REVISITS, intake.decisions() + LATER_DECISIONS, Double.NaN),
        ASYNC_CONTINUATIONS, REVISITS);
  }

  /** This lifecycle's models; the watch process is {@link IntakeEquivalent}'s, deployed with it. */
  static BpmnModelInstance[] models() {
    return new BpmnModelInstance[] {lifecycle(), order(LEAD_ORDER, LEAD_TASKS, 0, 0), order(CO_ORDER, CO_TASKS,
        IntakeEquivalent.CO_SIGN_FOR_TIMERS, CO_CONTRIBUTION_TIMERS)};
  }

  /**
   * One lifecycle as its handlers and the revisit clerk drive it: start (the intake), then until the instance ends,
   * fire its due revisit timer, claim and complete every open task of the case, and wait 20 ms when neither was there
   * (the job executor is running the save points), as {@link LifecycleByApi} does over HTTP.
   */
  static void run(ProcessEngine engine, String externalId) throws InterruptedException {
    String lifecycle = engine.getRuntimeService()
        .startProcessInstanceByKey(LIFECYCLE, externalId, IntakeEquivalent.variables(externalId)).getId();
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(lifecycle).count() > 0) {
      boolean progressed = fireTimers(engine.getManagementService(), lifecycle);
      progressed |= completeTasks(engine.getTaskService(), externalId);
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(externalId + " not closed within " + TIMEOUT);
      }
      if (!progressed) {
        Thread.sleep(20);
      }
    }
  }

  /** The lifecycle instance's own timers are its revisit timers (the others wait in its watches and orders). */
  private static boolean fireTimers(ManagementService jobs, String lifecycle) {
    List<Job> timers = jobs.createJobQuery().timers().processInstanceId(lifecycle).list();
    timers.forEach(timer -> jobs.executeJob(timer.getId()));
    return !timers.isEmpty();
  }

  private static boolean completeTasks(TaskService tasks, String externalId) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(externalId).taskCandidateGroup(GROUP)
        .includeAssignedTasks().list();
    for (Task task : open) {
      tasks.claim(task.getId(), "bench-user");
      tasks.complete(task.getId(), Map.of("done", true));
    }
    return !open.isEmpty();
  }

  private static BpmnModelInstance lifecycle() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(LIFECYCLE).camundaHistoryTimeToLive(180).startEvent("Start");
    flow = decisions(flow, 1, IntakeEquivalent.DECISIONS);
    flow = flow.parallelGateway("Fork")
        .callActivity("Watch").calledElement(IntakeEquivalent.WATCH)
        .multiInstance().parallel().cardinality(String.valueOf(IntakeEquivalent.WATCHES)).multiInstanceDone()
        .endEvent("WatchesEnded")
        .moveToNode("Fork")
        .callActivity("LeadOrder").calledElement(LEAD_ORDER).camundaInBusinessKey("#{execution.processBusinessKey}")
        .camundaIn("externalId", "externalId")
        .parallelGateway("OrdersDone")
        .moveToNode("Fork")
        .callActivity("CoOrder").calledElement(CO_ORDER).camundaInBusinessKey("#{execution.processBusinessKey}")
        .camundaIn("externalId", "externalId")
        .connectTo("OrdersDone")
        .manualTask("FeedbackSavePoints").camundaAsyncBefore().camundaAsyncAfter();
    flow = decisions(flow, IntakeEquivalent.DECISIONS + 1, IntakeEquivalent.DECISIONS + LATER_DECISIONS);
    for (int revisit = 1; revisit <= REVISITS; revisit++) {
      flow = flow.intermediateCatchEvent("RevisitDue_" + revisit).timerWithDuration("P" + revisit + "D")
          .userTask("Revisit_" + revisit).camundaCandidateGroups(GROUP);
    }
    BpmnModelInstance model = flow.endEvent("Closed").done();
    // closing the case ends the watches still waiting; the fluent API has no terminate end event
    EndEvent closed = model.getModelElementById("Closed");
    closed.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    return model;
  }

  private static AbstractFlowNodeBuilder<?, ?> decisions(AbstractFlowNodeBuilder<?, ?> flow, int first, int last) {
    for (int decision = first; decision <= last; decision++) {
      flow = flow.businessRuleTask("Decide_" + decision).camundaDecisionRef("lead-department")
          .camundaMapDecisionResult("singleEntry").camundaResultVariable("decision" + decision);
    }
    return flow;
  }

  /** An order: user tasks in a row, the first watched by {@code firstTimers} boundary timers, the last by {@code lastTimers}. */
  private static BpmnModelInstance order(String key, int tasks, int firstTimers, int lastTimers) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent("Start");
    for (int task = 1; task <= tasks; task++) {
      String taskId = "Task_" + task;
      AbstractActivityBuilder<?, ?> activity = flow.userTask(taskId).camundaCandidateGroups(GROUP);
      int timers = (task == 1 ? firstTimers : 0) + (task == tasks ? lastTimers : 0);
      for (int timer = 1; timer <= timers; timer++) {
        activity = activity.boundaryEvent(taskId + "_Timer_" + timer).cancelActivity(false).timerWithDuration("P" + timer + "D")
            .endEvent(taskId + "_TimerEnd_" + timer)
            .moveToActivity(taskId);
      }
      flow = activity;
    }
    return flow.endEvent("End").done();
  }
}
