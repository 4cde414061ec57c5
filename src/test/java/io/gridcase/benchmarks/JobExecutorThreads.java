package io.gridcase.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the job executor's threads in this JVM are doing now (the acquisition thread and the pool
 * that runs the jobs): their state and their top frames, for a job that stays locked without
 * finishing.
 */
final class JobExecutorThreads {

  private static final int FRAMES = 14;

  private JobExecutorThreads() {}

  static boolean isJobExecutor(String thread) {
    return thread.startsWith("camundaTaskExecutor") || thread.contains("JobExecutor");
  }

  /** One block per thread: name, state, what it waits on, and its top frames. */
  static String dump() {
    return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
        .filter(thread -> isJobExecutor(thread.getThreadName()))
        .map(JobExecutorThreads::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(ThreadInfo thread) {
    String on = thread.getLockName() == null ? "" : " on " + thread.getLockName()
        + (thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName());
    String frames = Arrays.stream(thread.getStackTrace()).limit(FRAMES).map(frame -> "      at " + frame)
        .collect(Collectors.joining("\n"));
    return String.format(Locale.ROOT, "    %s: %s%s%n%s", thread.getThreadName(), thread.getThreadState(), on, frames);
  }
}
