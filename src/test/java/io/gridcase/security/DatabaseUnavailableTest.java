package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gridcase.support.PostgresServer;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which failures mean "the database is not reachable" (503) and which are errors (500), on the
 * exception chains a real PostgreSQL, HikariCP, Spring and Camunda produce.
 */
class DatabaseUnavailableTest {

  @Nested
  class NoServerListening {

    final HikariDataSource pool = poolOnClosedPort();

    @Test
    void theRequestWaitingForAConnection() {
      Throwable failure = catchThrowable(() -> pool.getConnection().close());

      assertThat(failure).isInstanceOf(java.sql.SQLTransientConnectionException.class);
      assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }

    @Test
    void aQueryOutsideATransaction() {
      Throwable failure = catchThrowable(() -> new JdbcTemplate(pool).queryForObject("select 1", Integer.class));

      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aTransactionThatCannotBegin() {
      var transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));

      Throwable failure = catchThrowable(() -> transaction.executeWithoutResult(status -> {}));

      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
    }

    private static HikariDataSource poolOnClosedPort() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl("jdbc:postgresql://localhost:" + closedPort() + "/postgres");
      config.setUsername("postgres");
      config.setConnectionTimeout(250);
      config.setInitializationFailTimeout(-1);
      return new HikariDataSource(config);
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Nested
  class ServerShutsTheConnection {

    @Test
    void aStatementOnAConnectionTheServerTerminated() throws SQLException {
      Throwable failure = onTerminatedConnection(connection -> connection.createStatement().execute("select 1"));

      assertThat(failure).isInstanceOf(SQLException.class);
      assertThat(((SQLException) failure).getSQLState()).isEqualTo("57P01");
      assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }

    @Test
    void theSameThroughMyBatisAndCamunda() throws SQLException {
      Throwable jdbc = onTerminatedConnection(connection -> connection.createStatement().execute("select 1"));
      var engine = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation", new PersistenceException(jdbc));

      assertThat(DatabaseUnavailable.isCause(engine)).isTrue();
    }

    @Test
    void theSameThroughSpringJdbc() throws SQLException {
      Throwable failure =
          onTerminatedConnection(connection -> new JdbcTemplate(new SingleConnectionDataSource(connection, true)).execute("select 1"));

      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aTransactionWhoseRollbackFailsOnTheBrokenConnection() {
      Throwable failure = inTransactionOnATerminatedConnection(jdbc -> jdbc.queryForObject("select 1", Integer.class));

      // Spring throws the failed rollback; what made it roll back is only its application exception
      assertThat(failure).isInstanceOf(TransactionSystemException.class);
      assertThat(((TransactionSystemException) failure).getApplicationException()).isNotNull();
      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aCommitThatFailsOnTheBrokenConnection() {
      // as Gridcase's read models write in beforeCommit (KpiChangeTracker)
      Throwable failure = inTransactionOnATerminatedConnection(jdbc -> TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              jdbc.queryForObject("select 1", Integer.class);
            }
          }));

      // the write before commit fails, HikariCP closes the connection as broken, the rollback then
      // fails and Spring throws only that: "Connection is closed", no SQLState, the first failure dropped
      assertThat(failure).isInstanceOf(TransactionSystemException.class).hasRootCauseMessage("Connection is closed");
      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isTrue();
    }

    private Throwable inTransactionOnATerminatedConnection(java.util.function.Consumer<JdbcTemplate> then) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(PostgresServer.get().getPostgresDatabase());
      try (var pool = new HikariDataSource(config)) {
        var jdbc = new JdbcTemplate(pool);
        var transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        return catchThrowable(() -> transaction.executeWithoutResult(status -> {
          int pid = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
          new JdbcTemplate(PostgresServer.get().getPostgresDatabase()).queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
          then.accept(jdbc);
        }));
      }
    }

    interface Work {
      void run(Connection connection) throws Exception;
    }

    /** What a connection fails with after {@code pg_terminate_backend}, as on a server's fast shutdown. */
    private Throwable onTerminatedConnection(Work work) throws SQLException {
      DataSource server = PostgresServer.get().getPostgresDatabase();
      try (Connection victim = server.getConnection(); Connection admin = server.getConnection()) {
        int pid = new JdbcTemplate(new SingleConnectionDataSource(victim, true)).queryForObject("select pg_backend_pid()", Integer.class);
        new JdbcTemplate(new SingleConnectionDataSource(admin, true)).queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
        return catchThrowable(() -> work.run(victim));
      }
    }
  }

  @Nested
  class Errors {

    @Test
    void aDuplicateKeyIsNotAnOutage() {
      var jdbc = new JdbcTemplate(PostgresServer.get().getPostgresDatabase());

      Throwable failure =
          catchThrowable(() -> jdbc.execute("create temporary table once (id int primary key); insert into once values (1), (1)"));

      assertThat(failure).isInstanceOf(DuplicateKeyException.class);
      assertThat(DatabaseUnavailable.isCause(failure)).isFalse();
    }

    @Test
    void badSqlIsNotAnOutage() {
      Throwable failure = catchThrowable(() -> new JdbcTemplate(PostgresServer.get().getPostgresDatabase()).execute("selec 1"));

      assertThat(DatabaseUnavailable.isCause(failure)).as(failure.toString()).isFalse();
    }

    @Test
    void anEngineFailureWithoutADatabaseCauseIsNotAnOutage() {
      assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("no deployed process definition"))).isFalse();
      assertThat(DatabaseUnavailable.isCause(new IllegalStateException(new SQLException("no state")))).isFalse();
    }
  }
}
