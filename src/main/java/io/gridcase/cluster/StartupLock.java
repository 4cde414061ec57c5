package io.gridcase.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL database take turns, from Flyway's migration until
 * the node is ready. Flyway locks its own migrations, but after it each node builds the engine
 * (Camunda creates its tables when they are missing), deploys the models and writes the directory,
 * the authorizations and the Tasklist filters, none of which is safe to do twice at once: two
 * nodes on an empty database both create the engine's tables and one fails, and filters have no
 * unique key. A session-level advisory lock (scoped to the database) is held on one connection;
 * a node that dies while starting drops its connection and with it the lock. H2 is one node only.
 */
@Component
class StartupLock implements FlywayMigrationStrategy {

  /** "gridcase" in ASCII; Flyway's own advisory lock uses another key. */
  static final long KEY = 0x6772696463617365L;

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection holder;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void migrate(Flyway flyway) {
    acquire();
    flyway.migrate();
  }

  private synchronized void acquire() {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      if (!call(connection, "select pg_try_advisory_lock(?)")) {
        log.info("Another node is starting on this database; waiting until it is ready");
        call(connection, "select pg_advisory_lock(?) is not null");
      }
      holder = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("could not take the start-up lock", e);
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void release() throws SQLException {
    if (holder != null) {
      try (Connection connection = holder) {
        call(connection, "select pg_advisory_unlock(?)");
      } finally {
        holder = null;
      }
      log.info("Started; the start-up lock is free for the next node");
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      try (var result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
