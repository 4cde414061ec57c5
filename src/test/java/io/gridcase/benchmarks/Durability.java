package io.gridcase.benchmarks;

import io.gridcase.support.PostgresServer;
import java.sql.SQLException;

/**
 * The embedded PostgreSQL of the tests runs with {@code synchronous_commit = off}; the benchmark
 * databases commit as production does, so no figure is bought with durability.
 */
final class Durability {

  private Durability() {}

  static void synchronousCommit(String database) {
    try (var connection = PostgresServer.get().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("alter database " + database + " set synchronous_commit = on");
    } catch (SQLException e) {
      throw new IllegalStateException("could not set synchronous_commit on " + database, e);
    }
  }
}
