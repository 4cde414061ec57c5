package io.gridcase.benchmarks;

/**
 * The figures of one side of the comparison: Gridcase, or the bare engine doing the same work. {@code clicks}: Gridcase's
 * only (the bare engine's are measured on the same-work engine, {@link EquivalentSide}); null on the bare side,
 * as are {@code savePoints} (the lifecycle's waits for the job executor), {@code breakdown} (where an intake's time goes),
 * {@code stalls} (lock waits, pool and job backlog sampled during the lifecycles) and {@code lifecycleEngineWork} (the
 * engine work of one whole lifecycle, counted from the history as the same-work lifecycle's is, {@link LifecycleEquivalent}).
 */
record Side(
    Timings intake,
    EngineWork intakeWork,
    long alertsDuringIntake,
    Timings lifecycle,
    Work lifecycleWork,
    long openCases,
    Work open,
    Timings lateness,
    double acquisitionMillis,
    double heapMiB,
    Clicks clicks,
    SavePoints savePoints,
    IntakeBreakdown breakdown,
    Stalls stalls,
    LifecycleWork lifecycleEngineWork) {

  double tasksPerCase() {
    return (double) lifecycleWork.tasks() / lifecycle.count();
  }

  double timersPerCase() {
    return (double) lifecycleWork.timers() / lifecycle.count();
  }
}
