package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import javax.sql.DataSource;

/**
 * The fair intake comparison: a bare engine on its own database of the same PostgreSQL server
 * starting {@link IntakeEquivalent}, the same engine work as one Gridcase intake, with as many
 * clients and cases as Gridcase's row 1; then {@link LifecycleEquivalent}, the same engine work as one Gridcase
 * lifecycle, with as many clients and cases as Gridcase's row 2; then the per-click row's bare figures on the orders
 * the intake's starts left open.
 */
final class EquivalentSide {

  /** The intake timings and the engine work of one start, counted from the history; the same for whole lifecycles. */
  record Result(Timings intake, EngineWork work, Clicks clicks, Timings lifecycle, LifecycleWork lifecycleWork) {}

  private EquivalentSide() {}

  static Result measure(BenchmarkSizes sizes) throws Exception {
    try (BareEngine bare = BareEngine.start("bench_equivalent")) {
      DataSource database = PostgresServer.get().getDatabase("postgres", "bench_equivalent");
      bare.deployDecision(IntakeEquivalent.DECISION_RESOURCE);
      bare.deploy(IntakeEquivalent.models());
      bare.deploy(LifecycleEquivalent.models());
      Progress.say("bare engine, one intake's work: warming up");
      ConcurrentRun.run(sizes.warmUps(), sizes.clients(), i -> bare.start(IntakeEquivalent.INTAKE, IntakeEquivalent.variables("warm-" + i)));

      Progress.say("bare engine, one intake's work: %,d starts", sizes.intakeCases());
      PlannerStatistics.refresh(database);
      EngineWork before = EngineWork.createdSoFar(bare.engine(), database);
      Timings intake = CpuUse.said("bare engine, one intake's work", database, "intake", sizes.intakeCases(),
          () -> ConcurrentRun.run(sizes.intakeCases(), sizes.clients(),
              i -> bare.start(IntakeEquivalent.INTAKE, IntakeEquivalent.variables("intake-" + i))));
      EngineWork work = EngineWork.createdSoFar(bare.engine(), database).minus(before).per(sizes.intakeCases());

      Progress.say("bare engine, one lifecycle's work: warming up, then %,d lifecycles", sizes.lifecycleCases());
      ConcurrentRun.run(sizes.warmUps(), sizes.clients(), i -> LifecycleEquivalent.run(bare.engine(), "warm-life-" + i));
      PlannerStatistics.refresh(database);
      LifecycleWork lifecycleBefore = LifecycleWork.createdSoFar(bare.engine(), database);
      Timings lifecycle = CpuUse.said("bare engine, one lifecycle's work", database, "lifecycle", sizes.lifecycleCases(),
          () -> ConcurrentRun.run(sizes.lifecycleCases(), sizes.clients(), i -> LifecycleEquivalent.run(bare.engine(), "life-" + i)));
      LifecycleWork lifecycleWork = LifecycleWork.createdSoFar(bare.engine(), database).minus(lifecycleBefore)
          .per(sizes.lifecycleCases());

      PlannerStatistics.refresh(database);
      Clicks clicks = Clicks.bare(bare, sizes, IntakeEquivalent.ORDER, IntakeEquivalent.ORDER_TASK);
      return new Result(intake, work, clicks, lifecycle, lifecycleWork);
    }
  }
}
