package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The CPU reading tells the JVM's work from the PostgreSQL server's. */
class CpuUseTest {

  @Test
  void aQueryCountsOnPostgresAndALoopOnTheJvm() throws Exception {
    PostgresServer.newDatabase("cpu_use");
    DataSource database = PostgresServer.get().getDatabase("postgres", "cpu_use");
    CpuUse before = CpuUse.now(database);
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("select count(*) from generate_series(1, 3000000) a, generate_series(1, 3) b"); // the server's work
    }
    CpuUse query = CpuUse.now(database).since(before);
    assertThat(query.postgresSeconds()).as("the server counted a query of about a second").isGreaterThan(0.2);

    CpuUse loopStart = CpuUse.now(database);
    assertThat(spin(500)).isPositive();
    CpuUse loop = CpuUse.now(database).since(loopStart);
    assertThat(loop.jvmSeconds()).isGreaterThanOrEqualTo(0.5);
    assertThat(loop.postgresSeconds()).as("the server idle").isLessThan(0.1);
    assertThat(loop.threads().get("other threads")).as("this test's thread").isGreaterThanOrEqualTo(0.5);
    assertThat(loop.per(10, "spin")).startsWith("JVM ").contains("(requests 0.0, job executor 0.0, clients 0.0, other threads ")
        .contains(", JIT and GC ").endsWith(" ms of CPU per spin");

    CpuUse runStart = CpuUse.now(database);
    ConcurrentRun.run(2, 2, i -> spin(250));
    CpuUse run = CpuUse.now(database).since(runStart);
    assertThat(run.threads().get("clients")).as("the run's threads, ended by now").isGreaterThanOrEqualTo(0.5);
    assertThat(run.threads().get("other threads")).isLessThan(0.1);
  }

  /** Spins for {@code millis} of this thread's CPU time. */
  private static long spin(long millis) {
    var threads = ManagementFactory.getThreadMXBean();
    long spin = 0;
    for (long started = threads.getCurrentThreadCpuTime(); threads.getCurrentThreadCpuTime() - started < millis * 1_000_000; ) {
      spin += Long.numberOfTrailingZeros(spin) + 1;
    }
    return spin;
  }
}
