package io.gridcase.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * How much work each row of {@link GridcaseBenchmark} does. Arguments are {@code key=value}, e.g.
 * {@code clients=8 intake=1000 lifecycle=100 open=100000 batch=500 decisions=100000 perTransaction=50}
 * ({@code perTransaction}: open cases created by CaseIntake in one transaction, see {@link OpenCases};
 * {@code clicks}: forms opened and tasks completed by the handlers, {@code paced}: at least as many
 * intakes at 20 cases/s meanwhile, see {@link Clicks}). The defaults
 * finish in under 30 minutes on a shared 2-core machine; {@code open=100000} (the goal's size) takes
 * hours there, because each Gridcase case is created with its deadline watches and history.
 */
record BenchmarkSizes(
    int clients, int intakeCases, int lifecycleCases, int openCases, int dueBatch, int decisions, boolean webapps,
    int openPerTransaction, int clicks, int pacedIntakes) {

  /** Intakes on one thread whose SQL is counted and whose stack is sampled (IntakeBreakdown). */
  int breakdownIntakes() {
    return Math.max(2, Math.min(100, intakeCases / 10));
  }

  static BenchmarkSizes full() {
    return new BenchmarkSizes(8, 1_000, 100, 10_000, 500, 100_000, true, 50, 800, 600);
  }

  /** Small enough for the test suite: every row is produced, no figure means anything; no webapps (see GridcaseServer). */
  static BenchmarkSizes smoke() {
    return new BenchmarkSizes(2, 6, 2, 20, 5, 2_000, false, 3, 4, 4);
  }

  /** Whole lifecycles run before anything is measured, so that each side is compiled and its caches are warm. */
  int warmUps() {
    return Math.min(clients * 2, lifecycleCases);
  }

  static BenchmarkSizes parse(String... args) {
    BenchmarkSizes defaults = full();
    Map<String, Integer> given = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("arguments are key=value, got " + arg);
      }
      given.put(pair[0], Integer.parseInt(pair[1].replace("_", "")));
    }
    return new BenchmarkSizes(
        given.getOrDefault("clients", defaults.clients),
        given.getOrDefault("intake", defaults.intakeCases),
        given.getOrDefault("lifecycle", defaults.lifecycleCases),
        given.getOrDefault("open", defaults.openCases),
        given.getOrDefault("batch", defaults.dueBatch),
        given.getOrDefault("decisions", defaults.decisions),
        true,
        given.getOrDefault("perTransaction", defaults.openPerTransaction),
        given.getOrDefault("clicks", defaults.clicks),
        given.getOrDefault("paced", defaults.pacedIntakes));
  }
}
