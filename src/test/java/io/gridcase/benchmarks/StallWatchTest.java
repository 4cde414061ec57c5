package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.gridcase.support.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stall watch on a real PostgreSQL: a row held by a transaction left idle, an update waiting
 * for it on another connection of the watched pool, and a job table with jobs in every state.
 */
class StallWatchTest {

  private static HikariDataSource pool;
  /** The pool as the benchmark's server hands it out: wrapped to count statements. */
  private static DataSource application;

  @BeforeAll
  static void database() throws Exception {
    pool = new HikariDataSource();
    pool.setJdbcUrl(PostgresServer.newDatabase("stall_watch"));
    pool.setUsername("postgres");
    pool.setPassword("postgres");
    pool.setMaximumPoolSize(4);
    application = CountedStatements.wrap(pool);
    try (Connection connection = application.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("create table stall_probe (id int primary key, note text)");
      sql.execute("insert into stall_probe values (1, 'free')");
      // the columns of Camunda's act_ru_job the watch reads
      sql.execute("create table act_ru_job (id_ text primary key, duedate_ timestamp, lock_owner_ text, retries_ int,"
          + " suspension_state_ int, create_time_ timestamp, handler_type_ text, exclusive_ boolean,"
          + " process_instance_id_ text, lock_exp_time_ timestamp)");
      sql.execute("""
          insert into act_ru_job (id_, duedate_, lock_owner_, retries_, suspension_state_, create_time_) values
            ('due', now() - interval '1 second', null, 3, 1, localtimestamp),
            ('no due date', null, null, 3, 1, localtimestamp),
            ('later', now() + interval '1 hour', null, 3, 1, localtimestamp),
            ('out of retries', now() - interval '1 second', null, 0, 1, localtimestamp),
            ('suspended', now() - interval '1 second', null, 3, 2, localtimestamp)""");
      // an exclusive job of instance p1 running for 10 s, and another one of p1 due since 6 s, not acquired
      sql.execute("""
          insert into act_ru_job values
            ('running for 10 s', now() - interval '10 seconds', 'executor', 3, 1, localtimestamp - interval '10 seconds',
              'async-continuation', true, 'p1', localtimestamp + interval '5 minutes'),
            ('due since 6 s', now() - interval '6 seconds', null, 3, 1, localtimestamp - interval '8 seconds',
              'async-continuation', true, 'p1', null)""");
    }
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @Test
  void namesTheWaitingStatementAndTheIdleTransactionHoldingItsRow() throws Exception {
    try (Connection holder = application.getConnection(); Connection waiter = application.getConnection()) {
      holder.setAutoCommit(false);
      int holderPid;
      try (Statement sql = holder.createStatement()) {
        ResultSet pid = sql.executeQuery("select pg_backend_pid()");
        pid.next();
        holderPid = pid.getInt(1);
        sql.executeQuery("select * from stall_probe where id = 1 for update").close();
      }
      // the holder now sits 'idle in transaction' with the row locked
      StallWatch watch = StallWatch.start(application);
      CompletableFuture<Integer> update = CompletableFuture.supplyAsync(() -> {
        try (Statement sql = waiter.createStatement()) {
          return sql.executeUpdate("update stall_probe set note = 'taken' where id = 1");
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      Thread.sleep(1_200);
      Stalls stalls = watch.stop();
      assertThat(update).isNotDone();
      holder.rollback();
      assertThat(update.get(10, TimeUnit.SECONDS)).isEqualTo(1);

      String printed = stalls.markdown();
      System.out.println(printed);
      assertThat(stalls.failedSamples()).isZero();
      assertThat(stalls.lockWaitSamples()).isGreaterThanOrEqualTo(2);
      assertThat(stalls.longestWait().value()).isGreaterThanOrEqualTo(0.5);
      Stalls.Sighting worst = stalls.worst(3).get(0);
      assertThat(worst.lockWait().waitedSeconds()).isGreaterThanOrEqualTo(0.5);
      assertThat(worst.lockWait().blockers()).extracting(Stalls.Blocker::pid).containsExactly(holderPid);
      assertThat(stalls.worst(3)).as("one statement's wait, reported once").hasSize(1);
      assertThat(printed)
          .contains("`update stall_probe set note = 'taken' where id = 1`")
          .contains("blocked by pid " + holderPid + " idle in transaction")
          .contains("last `select * from stall_probe where id = 1 for update`")
          .containsPattern("waited (0\\.[5-9]|[1-9]\\d*\\.\\d) s \\((tuple|transactionid)\\)");
      // the watch's own connection is not the pool's: both pool connections in use, one sample shows them
      assertThat(stalls.poolActive().value()).isEqualTo(2);
      assertThat(stalls.dueJobs().value()).isEqualTo(3);
      assertThat(stalls.lockedJobs().value()).isEqualTo(1);
    }
  }

  @Test
  void aJobLockedTooLongGetsTheJobExecutorsThreadsAndTheLongStatementsDumped() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Thread executor = new Thread(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "camundaTaskExecutor-probe");
    executor.start();
    CompletableFuture<Void> slowStatement = CompletableFuture.runAsync(() -> {
      try (Connection connection = application.getConnection(); Statement sql = connection.createStatement()) {
        sql.execute("select pg_sleep(3)");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      Thread.sleep(1_300);
      StallWatch watch = StallWatch.start(application);
      Thread.sleep(800);
      Stalls stalls = watch.stop();
      assertThat(stalls.oldestLocked().value()).as("the job locked 10 s after its creation").isBetween(9.5, 30.0);
      assertThat(stalls.oldestDue().value()).as("due 6 s ago, created before that").isBetween(5.5, 30.0);
      assertThat(stalls.dumps()).as("dumped at most twice").hasSize(2);
      assertThat(stalls.dumps().get(0)).contains("a job locked 1").contains("camundaTaskExecutor-probe: WAITING")
          .contains("java.util.concurrent.locks.LockSupport.park").contains("... 2 frames of the JDK")
          .contains("StallWatchTest.lambda$aJobLockedTooLong").doesNotContain("main:")
          .containsPattern("due job due since 6 s \\(async-continuation, exclusive\\) of instance p1 waiting [6-9]\\.\\d s;"
              + " its instance's locked jobs: running for 10 s \\(async-continuation, exclusive\\) locked by executor until ")
          .doesNotContain("due job later").doesNotContain("due job out of retries").doesNotContain("due job suspended")
          .containsPattern("pid \\d+ running 1\\.\\d s waiting \\(Timeout, PgSleep\\): `select pg_sleep\\(3\\)`");
      assertThat(stalls.markdown()).contains("camundaTaskExecutor-probe");
    } finally {
      release.countDown();
      executor.join();
      slowStatement.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void seesNoLockWaitWithoutContention() throws Exception {
    StallWatch watch = StallWatch.start(application);
    try (Connection connection = application.getConnection(); Statement sql = connection.createStatement()) {
      for (int i = 0; i < 20; i++) {
        sql.executeUpdate("update stall_probe set note = 'mine' where id = 1");
        Thread.sleep(30);
      }
    }
    Stalls stalls = watch.stop();
    System.out.println(stalls.markdown());
    assertThat(stalls.samples()).isGreaterThanOrEqualTo(2);
    assertThat(stalls.failedSamples()).isZero();
    assertThat(stalls.lockWaitSamples()).isZero();
    assertThat(stalls.worst(3)).isEmpty();
    assertThat(stalls.summary()).contains("lock waits in 0;");
  }
}
