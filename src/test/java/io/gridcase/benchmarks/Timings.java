package io.gridcase.benchmarks;

import java.util.Arrays;

/** Durations of operations (or lateness of events) in milliseconds, and how many per second were done. */
record Timings(int count, double seconds, double[] sortedMillis) {

  static Timings of(double seconds, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Timings(sorted.length, seconds, sorted);
  }

  double perSecond() {
    return count / seconds;
  }

  double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100 * count) - 1;
    return sortedMillis[Math.max(0, Math.min(count - 1, index))];
  }

  double p50() {
    return percentile(50);
  }

  double p99() {
    return percentile(99);
  }

  double max() {
    return count == 0 ? Double.NaN : sortedMillis[count - 1];
  }
}
