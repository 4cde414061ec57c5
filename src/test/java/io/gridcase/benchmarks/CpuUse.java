package io.gridcase.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The CPU time this JVM and one PostgreSQL server's processes have used (Linux {@code /proc}), to
 * say how much of the machine's two cores a phase costs per operation on each side of the JDBC
 * socket. The server is the postmaster of a backend of the given database and its children; a backend
 * that has ended counts in the postmaster's {@code cutime}/{@code cstime}, so nothing is lost, and
 * other PostgreSQL servers on the machine do not count.
 */
record CpuUse(double jvmSeconds, double postgresSeconds) {

  private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

  /** What this JVM and the PostgreSQL server behind {@code database} have used so far. */
  static CpuUse now(DataSource database) {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuUse(os.getProcessCpuTime() / 1e9, postgresTicks(postmaster(database)) / TICKS_PER_SECOND);
  }

  CpuUse since(CpuUse before) {
    return new CpuUse(jvmSeconds - before.jvmSeconds, postgresSeconds - before.postgresSeconds);
  }

  /** For example "JVM 41.2 ms + PostgreSQL 55.0 ms of CPU per intake". */
  String per(int operations, String operation) {
    return String.format(Locale.ROOT, "JVM %.1f ms + PostgreSQL %.1f ms of CPU per %s",
        jvmSeconds * 1000 / operations, postgresSeconds * 1000 / operations, operation);
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
