package io.gridcase.benchmarks;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare engine's processes, built with Camunda's model API: user tasks in a row, with
 * non-interrupting boundary timers (due in days, so they wait like deadline timers) spread over
 * them. A timer's id is {@code Timer_<n>}, counted from 1 over the whole process.
 */
final class MinimalProcess {

  /** The process an intake starts: one user task with three boundary timers (reminder, deadline, escalation). */
  static final String CASE = "minimal-case";
  /** The timer of {@link #CASE} that the deadline row brings due. */
  static final String DEADLINE_TIMER = "Timer_2";

  private MinimalProcess() {}

  static BpmnModelInstance oneTaskThreeTimers() {
    return build(CASE, 1, 3);
  }

  static BpmnModelInstance build(String key, int tasks, int timers) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(180)
        .startEvent("Start");
    for (int task = 1; task <= tasks; task++) {
      String taskId = "Task_" + task;
      AbstractActivityBuilder<?, ?> activity = flow.userTask(taskId).camundaCandidateGroups("bench");
      for (int timer = task; timer <= timers; timer += tasks) {
        activity = activity.boundaryEvent("Timer_" + timer).cancelActivity(false).timerWithDuration("P" + timer + "D")
            .endEvent("End_Timer_" + timer)
            .moveToActivity(taskId);
      }
      flow = activity;
    }
    return flow.endEvent("End").done();
  }
}
