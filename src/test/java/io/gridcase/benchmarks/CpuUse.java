package io.gridcase.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The CPU time this JVM and one PostgreSQL server's processes have used (Linux {@code /proc}), to
 * say how much of the machine's two cores a phase costs per operation on each side of the JDBC
 * socket. The server is the postmaster of a backend of the given database and its children; a backend
 * that has ended counts in the postmaster's {@code cutime}/{@code cstime}, so nothing is lost, and
 * other PostgreSQL servers on the machine do not count.
 */
record CpuUse(double jvmSeconds, Map<String, Double> threads, double postgresSeconds) {

  private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on
  private static final String CLIENTS = "clients";
  /** The JVM's threads by what they do, told by their names; the rest of the JVM's time is its own. */
  private static final Map<String, Predicate<String>> KINDS = kinds();
  private static final String JVM_ITSELF = "JIT and GC";

  private static Map<String, Predicate<String>> kinds() {
    Map<String, Predicate<String>> kinds = new LinkedHashMap<>();
    kinds.put("requests", name -> name.contains("-exec-")); // Tomcat's
    kinds.put("job executor", name -> name.startsWith("camundaTaskExecutor") || name.contains("JobExecutor"));
    kinds.put(CLIENTS, name -> name.startsWith("HttpClient"));
    kinds.put("other threads", name -> true);
    return kinds;
  }

  /** Runs a phase of {@code operations} and says (also when it fails) the CPU it used per operation. */
  static Timings said(String side, DataSource database, String operation, int operations, Callable<Timings> phase)
      throws Exception {
    CpuUse before = now(database);
    try {
      return phase.call();
    } finally {
      Progress.say("%s: %s", side, now(database).since(before).per(operations, operation));
    }
  }

  /** What this JVM and the PostgreSQL server behind {@code database} have used so far. */
  static CpuUse now(DataSource database) {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean java = ManagementFactory.getThreadMXBean();
    Map<String, Double> threads = new LinkedHashMap<>();
    KINDS.keySet().forEach(kind -> threads.put(kind, 0.0));
    for (ThreadInfo thread : java.getThreadInfo(java.getAllThreadIds())) {
      long nanos = thread == null ? -1 : java.getThreadCpuTime(thread.getThreadId());
      if (nanos > 0 && !isClient(thread.getThreadName())) {
        String kind = KINDS.entrySet().stream().filter(k -> k.getValue().test(thread.getThreadName())).findFirst()
            .orElseThrow().getKey();
        threads.merge(kind, nanos / 1e9, Double::sum);
      }
    }
    threads.put(CLIENTS, ConcurrentRun.clientCpuSeconds() + threads.get(CLIENTS));
    return new CpuUse(os.getProcessCpuTime() / 1e9, threads, postgresTicks(postmaster(database)) / TICKS_PER_SECOND);
  }

  /** The benchmark's own clients: its runs' threads (counted by {@link ConcurrentRun} as they end) and the HTTP client's. */
  private static boolean isClient(String thread) {
    return thread.startsWith("pool-");
  }

  /**
   * The use between {@code before} and now. A thread that ended meanwhile takes its time along, so
   * its kind can come out short (and the JVM's own share long); the pools here keep their threads.
   */
  CpuUse since(CpuUse before) {
    Map<String, Double> threadsSince = new LinkedHashMap<>();
    threads.forEach((kind, seconds) -> threadsSince.put(kind, Math.max(0, seconds - before.threads.getOrDefault(kind, 0.0))));
    return new CpuUse(jvmSeconds - before.jvmSeconds, threadsSince, postgresSeconds - before.postgresSeconds);
  }

  /**
   * For example "JVM 41.2 ms (requests 20.0, job executor 1.0, clients 5.1, other threads 0.1, JIT and
   * GC 15.0) + PostgreSQL 55.0 ms of CPU per intake".
   */
  String per(int operations, String operation) {
    double inThreads = threads.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder kinds = new StringBuilder();
    threads.forEach((kind, seconds) -> kinds.append(String.format(Locale.ROOT, "%s %.1f, ", kind, seconds * 1000 / operations)));
    kinds.append(String.format(Locale.ROOT, "%s %.1f", JVM_ITSELF, Math.max(0, jvmSeconds - inThreads) * 1000 / operations));
    return String.format(Locale.ROOT, "JVM %.1f ms (%s) + PostgreSQL %.1f ms of CPU per %s",
        jvmSeconds * 1000 / operations, kinds, postgresSeconds * 1000 / operations, operation);
  }

  private static long postmaster(DataSource database) {
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
        ResultSet backend = sql.executeQuery("select pg_backend_pid()")) {
      backend.next();
      return Long.parseLong(stat(Path.of("/proc", backend.getString(1)))[1]);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("the PostgreSQL server's processes cannot be found", e);
    }
  }

  /** utime, stime, cutime and cstime of the postmaster and its children. */
  private static long postgresTicks(long postmaster) {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(process -> {
            try {
              String[] fields = stat(process);
              boolean server = Long.parseLong(process.getFileName().toString()) == postmaster
                  || Long.parseLong(fields[1]) == postmaster;
              return server ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                  + Long.parseLong(fields[14]) : 0;
            } catch (IOException | RuntimeException gone) {
              return 0; // ended meanwhile
            }
          }).sum();
    } catch (IOException e) {
      throw new IllegalStateException("/proc cannot be read", e);
    }
  }

  /** The fields of {@code /proc/<pid>/stat} after the command's name: [0] the state, [1] the parent, [11] utime. */
  private static String[] stat(Path process) throws IOException {
    String stat = Files.readString(process.resolve("stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }
}
