package io.gridcase.benchmarks;

/** Everything one run measured. */
record BenchmarkResult(
    BenchmarkSizes sizes,
    Side gridcase,
    Side bare,
    EquivalentSide.Result equivalent,
    DecisionRate.Result decisions,
    double harnessHeapMiB,
    double minutes) {}
