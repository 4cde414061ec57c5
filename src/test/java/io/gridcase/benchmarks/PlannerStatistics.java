package io.gridcase.benchmarks;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Brings PostgreSQL's planner statistics of a benchmark database up to date before a measured phase,
 * on every side alike.
 *
 * <p>A benchmark grows its database from empty to tens of thousands of rows per table within a
 * minute, faster than autovacuum's once-a-minute round re-analyzes it. Planning on statistics taken
 * when the tables were small, PostgreSQL chose nested loops over whole tables for Camunda's message
 * correlation query (business key and a process variable): about 3 s of CPU per correlation instead
 * of 1.5 ms. That was the lifecycle's 15–30 s tail, in two runs of four on 2026-12-06. A live
 * system grows by a small share of its size between two autovacuum rounds, so its statistics stay
 * current; this does for the benchmark what autovacuum does for it, and changes neither durability
 * nor history.
 */
final class PlannerStatistics {

  private PlannerStatistics() {}

  static void refresh(DataSource database) {
    try (var connection = database.getConnection(); var statement = connection.createStatement()) {
      statement.execute("analyze");
    } catch (SQLException e) {
      throw new IllegalStateException("could not analyze the benchmark database", e);
    }
  }
}
