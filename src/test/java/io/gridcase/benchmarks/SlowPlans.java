package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import java.sql.SQLException;

/**
 * Every statement of a benchmark database that runs {@link #SLOWER_THAN} or longer is written to the
 * server's log with its parameters and its plan (PostgreSQL's {@code log_min_duration_statement} and
 * {@code auto_explain}, loaded per session); the server's log reaches the run's console through
 * the embedded server's logger. A statement that stalls a phase then names itself and says why.
 */
final class SlowPlans {

  static final String SLOWER_THAN = "2s";
  /** The logger the embedded server's output goes to: keep it at INFO in the application under test. */
  static final String SERVER_LOG = "io.zonky.test.db.postgres.embedded";

  private SlowPlans() {}

  static void logged(String database) {
    try (var connection = PostgresServer.get().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("alter database " + database + " set session_preload_libraries = 'auto_explain'");
      statement.execute("alter database " + database + " set auto_explain.log_min_duration = '" + SLOWER_THAN + "'");
      statement.execute("alter database " + database + " set log_min_duration_statement = '" + SLOWER_THAN + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("could not log the slow statements of " + database, e);
    }
  }
}
