package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL of Gridcase's own tables in one intake (ADR 30): counted, not timed, so the figures hold
 * on a busy machine. The bounds leave room for a statement or two of new work; a re-read of the
 * case, order or deadline rows within the transaction would break them.
 */
class IntakeStatementsTest {

  private static GridcaseServer server;

  @BeforeAll
  static void start() {
    server = GridcaseServer.start("bench_statements", false);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anIntakeReadsTheCaseOrderAndDeadlineRowsOnce() throws Exception {
    int intakes = 5;
    IntakeBreakdown breakdown = IntakeBreakdown.measure(server, intakes);
    Map<String, long[]> byTable = new TreeMap<>();
    breakdown.statements().bySql.forEach((sql, figures) -> {
      String table = IntakeBreakdown.areaOf(sql);
      if (!table.startsWith("engine")) {
        long[] sum = byTable.computeIfAbsent(table, t -> new long[2]);
        sum[0] += figures[0];
        sum[1] += figures[1];
        System.out.printf(Locale.ROOT, "%5.1f %5.1f  %s%n", (double) figures[0] / intakes, (double) figures[1] / intakes,
            sql.length() > 160 ? sql.substring(0, 160) : sql);
      }
    });
    byTable.forEach((table, sum) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", table,
        (double) sum[0] / intakes, (double) sum[1] / intakes));
  }
}
