package io.gridcase.benchmarks;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What the benchmark is doing, on standard error, so a long run can be followed. */
final class Progress {

  private Progress() {}

  static void say(String format, Object... args) {
    System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
  }

  static void every(int index, int step, String format, Object... args) {
    if (index > 0 && index % step == 0) {
      say(format, args);
    }
  }
}
