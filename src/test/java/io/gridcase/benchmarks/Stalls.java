package io.gridcase.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link StallWatch} saw during a phase: how many samples found a backend waiting for a lock,
 * the peak of each measure with when it happened (seconds since the watch started), and the longest
 * lock waits in detail, each statement once at its longest (who waited, on what, and who held the lock).
 */
final class Stalls {

  /** A backend holding a lock another waits for: its state ('idle in transaction' matters) and last statement. */
  record Blocker(int pid, String state, String query, double inStateSeconds) {
    String describe() {
      return String.format(Locale.ROOT, "pid %d %s for %.1f s, last `%s`", pid, state, inStateSeconds, oneLine(query));
    }
  }

  /** A backend waiting for a lock ({@code waitEvent}: relation, tuple, transactionid...). */
  record LockWait(int pid, String waitEvent, String query, double waitedSeconds, double statementStart, List<Blocker> blockers) {
    String describe() {
      String by = blockers.isEmpty() ? "blocker gone"
          : "blocked by " + String.join("; ", blockers.stream().map(Blocker::describe).toList());
      return String.format(Locale.ROOT, "pid %d waited %.1f s (%s) in `%s`; %s", pid, waitedSeconds, waitEvent, oneLine(query), by);
    }

    /** One statement's wait, however many samples saw it. */
    String key() {
      return pid + "@" + statementStart;
    }
  }

  /** The application's connection pool at one moment. */
  record Pool(int active, int idle, int awaiting) {}

  /** One sample, {@code at} seconds after the watch started. */
  record Moment(double at, List<LockWait> waits, Pool pool, long dueJobs, long lockedJobs, double oldestLockedSeconds,
      double oldestDueSeconds) {}

  /** The highest (or, for idle connections, lowest) value of a measure and when it was seen. */
  record Peak(double value, double at) {
    String describe() {
      return String.format(Locale.ROOT, "%,.0f at +%.1f s", value, at);
    }
  }

  /** A lock wait at its longest, and when. */
  record Sighting(double at, LockWait lockWait) {
    String describe() {
      return String.format(Locale.ROOT, "+%.1f s: %s", at, lockWait.describe());
    }
  }

  private final long periodMillis;
  private int samples;
  private int lockWaitSamples;
  private int failedSamples;
  private String lastFailure;
  private double lastAt;
  private Peak waitingBackends;
  private Peak longestWait;
  private Peak poolActive;
  private Peak poolIdleLeast;
  private Peak poolAwaiting;
  private Peak dueJobs;
  private Peak lockedJobs;
  private Peak oldestLocked;
  private Peak oldestDue;
  private final List<String> dumps = new ArrayList<>();
  private final Map<String, Sighting> longestByStatement = new LinkedHashMap<>();
  private final Set<String> saidAloud = new HashSet<>();

  Stalls(long periodMillis) {
    this.periodMillis = periodMillis;
  }

  void add(Moment moment) {
    samples++;
    lastAt = moment.at();
    double at = moment.at();
    if (!moment.waits().isEmpty()) {
      lockWaitSamples++;
    }
    waitingBackends = higher(waitingBackends, moment.waits().size(), at);
    for (LockWait wait : moment.waits()) {
      longestWait = higher(longestWait, wait.waitedSeconds(), at);
      longestByStatement.merge(wait.key(), new Sighting(at, wait),
          (seen, now) -> now.lockWait().waitedSeconds() > seen.lockWait().waitedSeconds() ? now : seen);
    }
    if (moment.pool() != null) {
      poolActive = higher(poolActive, moment.pool().active(), at);
      poolAwaiting = higher(poolAwaiting, moment.pool().awaiting(), at);
      poolIdleLeast = poolIdleLeast == null || moment.pool().idle() < poolIdleLeast.value()
          ? new Peak(moment.pool().idle(), at) : poolIdleLeast;
    }
    dueJobs = higher(dueJobs, moment.dueJobs(), at);
    lockedJobs = higher(lockedJobs, moment.lockedJobs(), at);
    oldestLocked = higher(oldestLocked, moment.oldestLockedSeconds(), at);
    oldestDue = higher(oldestDue, moment.oldestDueSeconds(), at);
  }

  /** A dump of the job executor's threads taken while a job stayed locked. */
  void dumped(String dump) {
    dumps.add(dump);
  }

  List<String> dumps() {
    return dumps;
  }

  Peak oldestLocked() {
    return oldestLocked;
  }

  Peak oldestDue() {
    return oldestDue;
  }

  void failed(double at, Exception e) {
    failedSamples++;
    lastAt = at;
    lastFailure = e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
  }

  /** True the first time a long wait is reported, so that it is said aloud once. */
  boolean firstLongSighting(LockWait wait) {
    return saidAloud.add(wait.key());
  }

  int samples() {
    return samples;
  }

  int lockWaitSamples() {
    return lockWaitSamples;
  }

  int failedSamples() {
    return failedSamples;
  }

  Peak longestWait() {
    return longestWait;
  }

  Peak poolActive() {
    return poolActive;
  }

  Peak dueJobs() {
    return dueJobs;
  }

  Peak lockedJobs() {
    return lockedJobs;
  }

  /** The {@code n} longest lock waits, longest first, each statement once. */
  List<Sighting> worst(int n) {
    return longestByStatement.values().stream()
        .sorted(Comparator.comparingDouble((Sighting s) -> s.lockWait().waitedSeconds()).reversed()).limit(n).toList();
  }

  /** One line: the counts and the peak of each measure. */
  String summary() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d samples every %d ms over %.1f s; lock waits in %,d",
        samples, periodMillis, lastAt, lockWaitSamples));
    if (lockWaitSamples > 0) {
      out.append(" (backends waiting at once: ").append(waitingBackends.describe())
          .append(String.format(Locale.ROOT, "; longest wait %.1f s at +%.1f s)", longestWait.value(), longestWait.at()));
    }
    if (poolActive != null) {
      out.append("; pool active max ").append(poolActive.describe()).append(", idle min ").append(poolIdleLeast.describe())
          .append(", threads awaiting a connection max ").append(poolAwaiting.describe());
    }
    if (dueJobs != null) {
      out.append("; due jobs awaiting the executor max ").append(dueJobs.describe())
          .append(", locked jobs max ").append(lockedJobs.describe())
          .append(String.format(Locale.ROOT, ", oldest locked job's age max %.1f s at +%.1f s", oldestLocked.value(), oldestLocked.at()))
          .append(String.format(Locale.ROOT, ", longest a due job waited max %.1f s at +%.1f s", oldestDue.value(), oldestDue.at()));
    }
    if (failedSamples > 0) {
      out.append(String.format(Locale.ROOT, "; %d samples failed (last: %s)", failedSamples, lastFailure));
    }
    return out.toString();
  }

  /** The summary, the three longest lock waits and the job executor's threads when a job stayed locked, as Markdown. */
  String markdown() {
    StringBuilder out = new StringBuilder("- " + summary() + "\n" + worstMarkdown());
    dumps.forEach(dump -> out.append("  - ").append(dump).append('\n'));
    return out.toString();
  }

  /** The three longest lock waits as a numbered Markdown list indented under an item; empty if none. */
  String worstMarkdown() {
    StringBuilder out = new StringBuilder();
    List<Sighting> worst = worst(3);
    for (int i = 0; i < worst.size(); i++) {
      out.append("  ").append(i + 1).append(". ").append(worst.get(i).describe()).append('\n');
    }
    return out.toString();
  }

  private static Peak higher(Peak current, double value, double at) {
    return current == null || value > current.value() ? new Peak(value, at) : current;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
