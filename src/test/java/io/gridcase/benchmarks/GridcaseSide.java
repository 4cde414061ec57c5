package io.gridcase.benchmarks;

import static io.gridcase.engine.StageDeadlineProcess.STAGE;

import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.engine.WeakSignalAlertProcess;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** Every row's Gridcase figures, measured on one Gridcase server on its own database. */
final class GridcaseSide {

  /** The stage watch's deadline timer (签收回复, 提出方案 and 办结 each have one). */
  static final String DEADLINE_TIMER = "StartEvent_DeadlineDue";

  private GridcaseSide() {}

  static Side measure(BenchmarkSizes sizes) throws Exception {
    try (GridcaseServer server = GridcaseServer.start("bench_gridcase", sizes.webapps())) {
      ProcessEngine engine = server.engine();
      DataSource database = server.bean(DataSource.class);
      GridcaseApi api = new GridcaseApi(server);
      LifecycleByApi lifecycle = new LifecycleByApi(api, engine.getManagementService());
      Progress.say("Gridcase: warming up");
      ConcurrentRun.run(sizes.warmUps(), sizes.clients(), i -> lifecycle.run("warm-" + i));

      Progress.say("Gridcase: intake of %,d cases over HTTP", sizes.intakeCases());
      EngineWork beforeIntake = EngineWork.createdSoFar(engine, database);
      EngineWork alertsBefore = EngineWork.ofProcess(engine, database, WeakSignalAlertProcess.ID);
      Timings intake = watched(database, "intake", sizes.intakeCases(), stalls -> {},
          () -> ConcurrentRun.run(sizes.intakeCases(), sizes.clients(), i -> api.reportCase("intake-" + i)));
      // every report is wage arrears in one town, so a few raise a weak-signal alert: counted apart, not per intake
      EngineWork alerts = EngineWork.ofProcess(engine, database, WeakSignalAlertProcess.ID).minus(alertsBefore);
      EngineWork intakeWork = EngineWork.createdSoFar(engine, database).minus(beforeIntake).minus(alerts)
          .per(sizes.intakeCases());

      Progress.say("Gridcase: %,d whole lifecycles over HTTP", sizes.lifecycleCases());
      Work before = Work.createdSoFar(engine, database);
      LifecycleWork engineBefore = LifecycleWork.createdSoFar(engine, database);
      LifecycleWork lifecycleAlertsBefore = LifecycleWork.ofProcess(engine, database, WeakSignalAlertProcess.ID);
      var lifecycleStart = SavePoints.now();
      var stalls = new AtomicReference<Stalls>();
      Timings lifecycles = watched(database, "lifecycle", sizes.lifecycleCases(), stalls::set,
          () -> ConcurrentRun.run(sizes.lifecycleCases(), sizes.clients(), i -> lifecycle.run("life-" + i)));
      Work lifecycleWork = Work.createdSoFar(engine, database).minus(before);
      // weak-signal alerts raised by the lifecycles' reports are counted apart, as in the intake
      LifecycleWork lifecycleEngineWork = LifecycleWork.createdSoFar(engine, database).minus(engineBefore)
          .minus(LifecycleWork.ofProcess(engine, database, WeakSignalAlertProcess.ID).minus(lifecycleAlertsBefore))
          .per(sizes.lifecycleCases());
      SavePoints savePoints = SavePoints.since(database, lifecycleStart, lifecycles.seconds());
      savePoints.slow().forEach(slow -> Progress.say("Gridcase: a slow save point: %s", slow));

      PlannerStatistics.refresh(database);
      Clicks clicks = Clicks.gridcase(server, api, sizes);
      Progress.say("Gridcase: where an intake's time goes, %d intakes on one thread", sizes.breakdownIntakes());
      IntakeBreakdown breakdown = IntakeBreakdown.measure(server, sizes.breakdownIntakes());

      long open = openCases(engine);
      OpenCases.create(server, (int) Math.max(0, sizes.openCases() - open), sizes);
      Work waiting = Work.waiting(engine);

      Progress.say("Gridcase: acquisition rounds, heap, a batch of %,d deadlines due together", sizes.dueBatch());
      PlannerStatistics.refresh(database);
      double acquisition = AcquisitionRound.medianMillis(engine, 40);
      double heap = UsedHeap.afterGcMiB();
      Timings lateness = DeadlinePrecision.lateness(engine, DEADLINE_TIMER, acceptDeadlines(engine, sizes.dueBatch()));
      return new Side(intake, intakeWork, (long) alerts.instances(), lifecycles, lifecycleWork, openCases(engine), waiting, lateness, acquisition, heap, clicks, savePoints, breakdown, stalls.get(),
          lifecycleEngineWork);
    }
  }

  /**
   * Runs a phase of {@code operations} under a {@link StallWatch}, says the CPU it used per operation
   * and what the watch saw (also when the phase fails), and hands the stalls on.
   */
  private static Timings watched(DataSource database, String operation, int operations, Consumer<Stalls> seen,
      Callable<Timings> work) throws Exception {
    PlannerStatistics.refresh(database);
    StallWatch watch = StallWatch.start(database);
    try {
      return CpuUse.said("Gridcase", database, operation, operations, work);
    } finally {
      Stalls stalls = watch.stop();
      Progress.say("Gridcase: stalls during the %s phase%n%s", operation, stalls.markdown());
      seen.accept(stalls);
    }
  }

  /** The 签收回复 deadline timers of {@code cases} cases: one per case, as cases reported together fall due together. */
  private static List<Job> acceptDeadlines(ProcessEngine engine, int cases) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StageDeadlineProcess.ID)
        .variableValueEquals(STAGE, "ACCEPT").listPage(0, cases).stream()
        .map(watch -> engine.getManagementService().createJobQuery().processInstanceId(watch.getId())
            .activityId(DEADLINE_TIMER).singleResult())
        .toList();
  }

  private static long openCases(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CaseLifecycleProcess.ID).count();
  }
}
