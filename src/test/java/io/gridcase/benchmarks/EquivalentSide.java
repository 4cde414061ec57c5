package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import javax.sql.DataSource;

/**
 * The fair intake comparison: a bare engine on its own database of the same PostgreSQL server
 * starting {@link IntakeEquivalent}, the same engine work as one Gridcase intake, with as many
 * clients and cases as Gridcase's row 1; then the per-click row's bare figures on the orders those starts left open.
 */
final class EquivalentSide {

  /** The intake timings and the engine work of one start, counted from the history. */
  record Result(Timings intake, EngineWork work, Clicks clicks) {}

  private EquivalentSide() {}

  static Result measure(BenchmarkSizes sizes) throws Exception {
    try (BareEngine bare = BareEngine.start("bench_equivalent")) {
      DataSource database = PostgresServer.get().getDatabase("postgres", "bench_equivalent");
      bare.deployDecision(IntakeEquivalent.DECISION_RESOURCE);
      bare.deploy(IntakeEquivalent.models());
      Progress.say("bare engine, one intake's work: warming up");
      ConcurrentRun.run(sizes.warmUps(), sizes.clients(), i -> bare.start(IntakeEquivalent.INTAKE, IntakeEquivalent.variables("warm-" + i)));

      Progress.say("bare engine, one intake's work: %,d starts", sizes.intakeCases());
      EngineWork before = EngineWork.createdSoFar(bare.engine(), database);
      CpuUse cpu = CpuUse.now(database);
      Timings intake = ConcurrentRun.run(sizes.intakeCases(), sizes.clients(),
          i -> bare.start(IntakeEquivalent.INTAKE, IntakeEquivalent.variables("intake-" + i)));
      Progress.say("bare engine, one intake's work: %s", CpuUse.now(database).since(cpu).per(sizes.intakeCases(), "intake"));
      EngineWork work = EngineWork.createdSoFar(bare.engine(), database).minus(before).per(sizes.intakeCases());
      Clicks clicks = Clicks.bare(bare, sizes, IntakeEquivalent.ORDER, IntakeEquivalent.ORDER_TASK);
      return new Result(intake, work, clicks);
    }
  }
}
