package io.gridcase.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the job executor's threads in this JVM are doing now (the acquisition thread and the pool
 * that runs the jobs): their state and their top frames, for a job that stays locked without
 * finishing.
 */
final class JobExecutorThreads {

  private static final int TOP = 3;
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

  private static boolean isPlumbing(StackTraceElement frame) {
    String type = frame.getClassName();
    return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("org.postgresql.")
        || type.startsWith("com.zaxxer.") || type.startsWith("org.apache.ibatis.") || type.startsWith("io.gridcase.benchmarks.Counted");
  }

  private static String describe(ThreadInfo thread) {
    String on = thread.getLockName() == null ? "" : " on " + thread.getLockName()
        + (thread.getLockOwnerName() == null ? "" : " held by " + thread.getLockOwnerName());
    // the top frames say what it waits on; past the driver, the pool and MyBatis, the engine's and
    // Gridcase's frames say which statement it is
    List<StackTraceElement> stack = Arrays.asList(thread.getStackTrace());
    List<StackTraceElement> top = stack.subList(0, Math.min(TOP, stack.size()));
    List<StackTraceElement> rest = stack.subList(top.size(), stack.size());
    int skipped = (int) rest.stream().takeWhile(JobExecutorThreads::isPlumbing).count();
    Stream<String> lines = Stream.concat(top.stream().map(frame -> "      at " + frame),
        Stream.concat(skipped == 0 ? Stream.empty() : Stream.of("      ... " + skipped + " frames of the JDK, driver, pool, MyBatis"),
            rest.stream().skip(skipped).limit(FRAMES).map(frame -> "      at " + frame)));
    String frames = lines.collect(Collectors.joining("\n"));
    return String.format(Locale.ROOT, "    %s: %s%s%n%s", thread.getThreadName(), thread.getThreadState(), on, frames);
  }
}
