package io.gridcase.benchmarks;

/** The figures of one side of the comparison: Gridcase, or the bare engine doing the same work. */
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
    double heapMiB) {

  double tasksPerCase() {
    return (double) lifecycleWork.tasks() / lifecycle.count();
  }

  double timersPerCase() {
    return (double) lifecycleWork.timers() / lifecycle.count();
  }
}
