package io.gridcase.benchmarks;

/** Everything one run measured. */
record BenchmarkResult(
    BenchmarkSizes sizes,
    Side gridcase,
    Side bare,
    double decisionsPerSecond,
    double harnessHeapMiB,
    double minutes) {}
