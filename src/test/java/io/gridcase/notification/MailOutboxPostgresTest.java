package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcase.support.Inbox;
import io.gridcase.support.PostgresServer;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's SQL on a real PostgreSQL (the build's embedded server), in a schema of its own:
 * the migration, a race on the dedup key that must not abort the engine's transaction, and two
 * nodes claiming the same rows.
 */
class MailOutboxPostgresTest {

  private final Inbox inbox = new Inbox();
  private PGSimpleDataSource dataSource;
  private DataSourceTransactionManager transactions;
  private OutboxRows rows;
  private MailDispatcher dispatcher;
  private MailOutbox outbox;

  @BeforeEach
  void migrateASchemaOfItsOwn() {
    dataSource = PostgresServer.migratedSchema("mail_test");
    transactions = new DataSourceTransactionManager(dataSource);
    rows = new OutboxRows(JdbcClient.create(dataSource));
    var sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(TestSmtp.PORT);
    var properties = new MailProperties("gridcase@localhost", Duration.ofSeconds(10), Duration.ofMinutes(5), 50,
        new MailProperties.Dispatcher(true),
        new MailProperties.Retry(List.of(Duration.ofSeconds(30), Duration.ofHours(1)), 5));
    dispatcher = new MailDispatcher(rows, sender, properties, transactions);
    outbox = new MailOutbox(rows, dispatcher, properties, transactions);
    inbox.start();
  }

  @AfterEach
  void stop() {
    dispatcher.destroy();
    inbox.stop();
  }

  @Test
  void aRaceOnTheDedupKeyLeavesTheLosersTransactionUsable() throws Exception {
    var firstInserted = new CountDownLatch(1);
    var commitFirst = new CountDownLatch(1);
    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
      boolean queued = outbox.enqueue(mail("race:1"));
      firstInserted.countDown();
      awaitLatch(commitFirst);
      return queued;
    }));
    awaitLatch(firstInserted);
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
      boolean queued = outbox.enqueue(mail("race:1")); // waits on the unique index, then loses
      // the transaction goes on: the engine's step commits with its other work
      return !queued && outbox.enqueue(mail("race:2"));
    }));
    var jdbc = JdbcClient.create(dataSource);
    await().atMost(Duration.ofSeconds(10)).until(() ->
        jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single() > 0);
    commitFirst.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(jdbc.sql("select dedup_key from mail_outbox order by dedup_key").query(String.class).list())
        .containsExactly("race:1", "race:2");
    assertThat(inbox.awaitTo("pg@gridcase.test", "race:1")).hasSize(1);
    assertThat(inbox.awaitTo("pg@gridcase.test", "race:2")).hasSize(1);
  }

  @Test
  void twoNodesClaimingTheSameRowsSendEachOnce() throws Exception {
    Instant now = Instant.now();
    for (int i = 0; i < 20; i++) {
      rows.insertIfAbsent(mail("node:" + i), now);
    }
    var start = new CountDownLatch(1);
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { awaitLatch(start); return dispatcher.dispatchDue(now.plusSeconds(1)); });
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> { awaitLatch(start); return dispatcher.dispatchDue(now.plusSeconds(1)); });
    start.countDown();

    assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(20);
    for (int i = 0; i < 20; i++) {
      assertThat(inbox.to("pg@gridcase.test", "node:" + i + " ")).as("mail %d", i).hasSize(1);
    }
    assertThat(rows.unsent()).isZero();
    assertThat(dispatcher.dispatchDue(now.plus(Duration.ofDays(1)))).isZero();
  }

  private OutgoingMail mail(String key) {
    return new OutgoingMail(key, null, MailKind.URGED, List.of("pg@gridcase.test"), "PG " + key + " 测试", "正文 " + key);
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(status -> work.get());
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
