package io.gridcase.benchmarks;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What a handler feels (issue 14): opening a task form and completing the task, from
 * {@link BenchmarkSizes#clients()} handlers at once while intake runs at {@link #INTAKE_RATE} cases/s
 * (a {@link PacedLoad}). The task is the order's 签收工单 of the cases the intake row left open, half
 * of 人社局 (the lead), half of 司法局 (the co-handler). Gridcase: what Tasklist sends, as the
 * department's own login (the demo directory has one handler per department, so the 8 clients share
 * two logins): {@code GET task/{id}/form-variables} and {@code GET task/{id}/deployed-form} (open),
 * {@code POST task/{id}/claim} (not timed), {@code POST task/{id}/submit-form} with untyped values
 * (complete). The bare engine: {@code FormService.getTaskFormVariables}, {@code TaskService.claim},
 * {@code TaskService.complete} on the same-work order's task, its intake paced the same way.
 */
record Clicks(Timings open, Timings complete, Timings pacedIntake) {

  static final double INTAKE_RATE = 20;
  /** Threads the paced intake may use at once; more than enough at 20 cases/s unless the server falls behind. */
  private static final int INTAKE_THREADS = 8;
  private static final String SIGN_FOR = "UserTask_SignForOrder";
  private static final List<String[]> HANDLERS = List.of(new String[] {"chen.zhihua", "dept-HRSS"},
      new String[] {"lin.suzhen", "dept-JUSTICE"});

  static Clicks gridcase(GridcaseServer server, GridcaseApi api, BenchmarkSizes sizes) throws Exception {
    TaskService tasks = server.engine().getTaskService();
    // the lead's orders of the oldest cases, the co-handler's of the newest: no two clicks on one case at once
    // (the two departments signing one case at the same instant can deadlock, see the benchmark notes)
    int each = sizes.clicks() / 2 + 1;
    List<List<String>> open = List.of(
        ids(tasks.createTaskQuery().taskDefinitionKey(SIGN_FOR).taskCandidateGroup(HANDLERS.get(0)[1])
            .orderByTaskCreateTime().asc().listPage(0, each)),
        ids(tasks.createTaskQuery().taskDefinitionKey(SIGN_FOR).taskCandidateGroup(HANDLERS.get(1)[1])
            .orderByTaskCreateTime().desc().listPage(0, each)));
    Progress.say("Gridcase: %,d clicks by %d handlers while intake runs at %.0f cases/s", sizes.clicks(), sizes.clients(), INTAKE_RATE);
    PacedLoad intake = PacedLoad.start(INTAKE_RATE, INTAKE_THREADS, i -> api.reportCase("paced-" + i));
    return measure(sizes, intake, (i, openMillis, completeMillis) -> {
      String[] handler = HANDLERS.get(i % 2);
      String task = taskOf(open, i);
      long began = System.nanoTime();
      api.get(api.engine("/task/" + task + "/form-variables"), handler[0], GridcaseApi.PASSWORD);
      api.read(api.engine("/task/" + task + "/deployed-form"), handler[0], GridcaseApi.PASSWORD);
      openMillis[i] = (System.nanoTime() - began) / 1e6;
      api.post(api.engine("/task/" + task + "/claim"), handler[0], GridcaseApi.PASSWORD, Map.of("userId", handler[0]), 204);
      began = System.nanoTime();
      api.post(api.engine("/task/" + task + "/submit-form"), handler[0], GridcaseApi.PASSWORD,
          Map.of("variables", Map.of("orderDecision", Map.of("value", "ACCEPT"))), 204);
      completeMillis[i] = (System.nanoTime() - began) / 1e6;
    });
  }

  static Clicks bare(BareEngine bare, BenchmarkSizes sizes, String processKey, String taskKey) throws Exception {
    ProcessEngine engine = bare.engine();
    TaskService tasks = engine.getTaskService();
    FormService forms = engine.getFormService();
    // one order of each same-work intake: two orders of one parent completed at once conflict on the parent
    var runtime = engine.getRuntimeService();
    List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(IntakeEquivalent.INTAKE)
        .listPage(0, sizes.clicks()).stream()
        .map(parent -> runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId())
            .processDefinitionKey(processKey).listPage(0, 1).get(0).getId())
        .map(order -> tasks.createTaskQuery().processInstanceId(order).taskDefinitionKey(taskKey).singleResult().getId())
        .toList();
    Progress.say("bare engine, one intake's work: %,d clicks while intake runs at %.0f cases/s", sizes.clicks(), INTAKE_RATE);
    PacedLoad intake = PacedLoad.start(INTAKE_RATE, INTAKE_THREADS,
        i -> bare.start(IntakeEquivalent.INTAKE, IntakeEquivalent.variables("paced-" + i)));
    return measure(sizes, intake, (i, openMillis, completeMillis) -> {
      String task = open.get(i);
      long began = System.nanoTime();
      forms.getTaskFormVariables(task);
      openMillis[i] = (System.nanoTime() - began) / 1e6;
      tasks.claim(task, "bench-user");
      began = System.nanoTime();
      tasks.complete(task, Map.of("orderDecision", "ACCEPT"));
      completeMillis[i] = (System.nanoTime() - began) / 1e6;
    });
  }

  /** One click pair, numbered from 0, writing its two durations at its index. */
  private interface Click {
    void run(int index, double[] openMillis, double[] completeMillis) throws Exception;
  }

  private static Clicks measure(BenchmarkSizes sizes, PacedLoad intake, Click click) throws Exception {
    double[] openMillis = new double[sizes.clicks()];
    double[] completeMillis = new double[sizes.clicks()];
    Timings whole;
    try {
      whole = ConcurrentRun.run(sizes.clicks(), sizes.clients(), i -> click.run(i, openMillis, completeMillis));
    } catch (Exception e) {
      intake.stopAfter(0);
      throw e;
    }
    // the paced intake runs on until it has as many samples as the sizes ask, so that its p99 means something
    Timings paced = intake.stopAfter(sizes.pacedIntakes());
    return new Clicks(Timings.of(whole.seconds(), openMillis), Timings.of(whole.seconds(), completeMillis), paced);
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private static String taskOf(List<List<String>> open, int click) {
    List<String> ofHandler = open.get(click % 2);
    if (click / 2 >= ofHandler.size()) {
      throw new IllegalStateException("only " + ofHandler.size() + " open sign-for tasks for click " + click);
    }
    return ofHandler.get(click / 2);
  }
}
