package io.gridcase.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for the whole test run, started by the build itself from Maven
 * artifacts (no Docker, no installed server); it stops when the test JVM exits.
 */
public final class PostgresServer {

  private static EmbeddedPostgres server;

  private PostgresServer() {}

  public static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
    }
    return server;
  }

  public static String jdbcUrl() {
    return get().getJdbcUrl("postgres", "postgres");
  }

  /** A new, empty database on the shared server (user and password {@code postgres}); its JDBC URL. */
  public static String newDatabase(String name) {
    try (var connection = get().getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name);
      statement.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return get().getJdbcUrl("postgres", name);
  }
  /**
   * A new schema on the shared server, named {@code <prefix>_<random>}, migrated by the
   * application's Flyway scripts: a test's own tables beside every other test's.
   */
  public static PGSimpleDataSource migratedSchema(String prefix) {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl());
    dataSource.setCurrentSchema(schema);
    Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    return dataSource;
  }
}
