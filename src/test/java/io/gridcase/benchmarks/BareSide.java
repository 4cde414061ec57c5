package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Every row's bare-engine figures: the same number of clients, cases, tasks and timers as
 * Gridcase's side, on a plain engine on another database of the same PostgreSQL server.
 */
final class BareSide {

  private static final String LIFECYCLE = "minimal-lifecycle";

  private BareSide() {}

  static Side measure(BenchmarkSizes sizes, Side gridcase) throws Exception {
    int tasksPerCase = (int) Math.round(gridcase.tasksPerCase());
    int timersPerCase = (int) Math.round(gridcase.timersPerCase());
    try (BareEngine bare = BareEngine.start("bench_bare")) {
      ProcessEngine engine = bare.engine();
      DataSource database = PostgresServer.get().getDatabase("postgres", "bench_bare");
      bare.deploy(MinimalProcess.oneTaskThreeTimers(), MinimalProcess.build(LIFECYCLE, tasksPerCase, timersPerCase));
      Progress.say("bare engine: warming up");
      ConcurrentRun.run(sizes.warmUps(), sizes.clients(), i -> bare.completeAllTasks(bare.start(LIFECYCLE, "warm-" + i)));

      Progress.say("bare engine: %,d starts", sizes.intakeCases());
      PlannerStatistics.refresh(database);
      EngineWork beforeIntake = EngineWork.createdSoFar(engine, database);
      Timings intake = ConcurrentRun.run(sizes.intakeCases(), sizes.clients(),
          i -> bare.start(MinimalProcess.CASE, "intake-" + i));
      EngineWork intakeWork = EngineWork.createdSoFar(engine, database).minus(beforeIntake).per(sizes.intakeCases());

      Progress.say("bare engine: %,d lifecycles of %d tasks and %d timers", sizes.lifecycleCases(), tasksPerCase, timersPerCase);
      PlannerStatistics.refresh(database);
      Work before = Work.createdSoFar(engine, database);
      Timings lifecycles = ConcurrentRun.run(sizes.lifecycleCases(), sizes.clients(),
          i -> bare.completeAllTasks(bare.start(LIFECYCLE, "life-" + i)));
      Work lifecycleWork = Work.createdSoFar(engine, database).minus(before);

      // as many waiting timers as Gridcase's open cases hold, three to an instance
      long instances = (gridcase.open().timers() + 2) / 3;
      long toStart = Math.max(0, instances - openCases(engine));
      Progress.say("bare engine: bulk-starting %,d instances", toStart);
      ConcurrentRun.run((int) toStart, sizes.clients(), i -> {
        bare.start(MinimalProcess.CASE, "open-" + i);
        Progress.every(i, 20_000, "bare engine: %,d instances started", i);
      });
      Work waiting = Work.waiting(engine);

      Progress.say("bare engine: acquisition rounds, heap, a batch of %,d deadlines due together", sizes.dueBatch());
      PlannerStatistics.refresh(database);
      double acquisition = AcquisitionRound.medianMillis(engine, 40);
      double heap = UsedHeap.afterGcMiB();
      var batch = engine.getManagementService().createJobQuery().activityId(MinimalProcess.DEADLINE_TIMER).timers()
          .listPage(0, sizes.dueBatch());
      Timings lateness = DeadlinePrecision.lateness(engine, MinimalProcess.DEADLINE_TIMER, batch);
      return new Side(intake, intakeWork, 0, lifecycles, lifecycleWork, openCases(engine), waiting, lateness, acquisition, heap, null, null, null, null, null);
    }
  }

  private static long openCases(ProcessEngine engine) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MinimalProcess.CASE).count();
  }
}
