package io.gridcase.faults;

import java.util.List;

/** How late something happened after its date, over many cases: median and maximum in seconds. */
record Lateness(int count, double p50, double max) {

  static Lateness of(List<Double> seconds) {
    List<Double> sorted = seconds.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return new Lateness(0, Double.NaN, Double.NaN);
    }
    return new Lateness(sorted.size(), sorted.get((sorted.size() - 1) / 2), sorted.get(sorted.size() - 1));
  }

  @Override
  public String toString() {
    return "p50 %.1f s, max %.1f s (%d)".formatted(p50, max, count);
  }
}
