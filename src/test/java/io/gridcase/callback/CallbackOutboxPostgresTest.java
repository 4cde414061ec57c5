package io.gridcase.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.callback.CallbackReceiver.Received;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseStepJournaled;
import io.gridcase.support.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The callback outbox's SQL on a real PostgreSQL (the build's embedded server), in a schema of its
 * own: queueing in the step's transaction, two steps of one case at once taking their sequence
 * numbers in turn, and two nodes posting the same rows, each event once and in order per case.
 */
class CallbackOutboxPostgresTest {

  private static final List<CaseAction> STEPS =
      List.of(CaseAction.REPORTED, CaseAction.DISPATCHED, CaseAction.SIGNED, CaseAction.PLAN_PROPOSED);

  private final CallbackReceiver receiver = new CallbackReceiver();
  private PGSimpleDataSource dataSource;
  private JdbcClient jdbc;
  private DataSourceTransactionManager transactions;
  private CallbackOutbox outbox;
  private CallbackDispatcher dispatcher;

  @BeforeEach
  void migrateASchemaOfItsOwn() {
    dataSource = PostgresServer.migratedSchema("callback_test");
    jdbc = JdbcClient.create(dataSource);
    transactions = new DataSourceTransactionManager(dataSource);
    var properties = new CallbackProperties(Duration.ofSeconds(5), Duration.ofMinutes(1), 7, Duration.ofSeconds(2),
        Duration.ofSeconds(5), 8, List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)), new CallbackProperties.Dispatcher(true), List.of());
    var rows = new DeliveryRows(jdbc);
    outbox = new CallbackOutbox(jdbc, rows, new ObjectMapper());
    dispatcher = new CallbackDispatcher(rows, new CallbackSender(properties), properties, transactions);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void twoNodesPostEveryEventOnceAndEachCaseInOrder() throws Exception {
    subscribe("HOTLINE_12345", "/first");
    subscribe("HOTLINE_12345", "/second");
    subscribe("SME_PLATFORM", "/sme");
    List<String> caseNumbers = List.of("PG-CB-1", "PG-CB-2", "PG-CB-3", "PG-CB-4", "PG-CB-5");
    caseNumbers.forEach(caseNumber -> insertCase(caseNumber, "HOTLINE_12345"));
    for (CaseAction step : STEPS) {
      caseNumbers.forEach(caseNumber -> inTransaction(() -> journal(caseNumber, step)));
    }
    inTransaction(() -> journal("PG-CB-1", CaseAction.URGED));
    assertThat(count("select count(*) from callback_delivery")).isEqualTo(40);

    receiver.fail(5);
    Instant now = Instant.now();
    var start = new CountDownLatch(1);
    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { awaitLatch(start); return dispatcher.deliverDue(now); });
    CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> { awaitLatch(start); return dispatcher.deliverDue(now); });
    start.countDown();
    int delivered = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
    for (Instant later = now.plus(Duration.ofHours(1)); delivered < 40; later = later.plus(Duration.ofHours(1))) {
      delivered += dispatcher.deliverDue(later);
      assertThat(later).as("all delivered within a day").isBefore(now.plus(Duration.ofDays(1)));
    }

    assertThat(delivered).isEqualTo(40);
    assertThat(count("select count(*) from callback_delivery where delivered_at is null")).isZero();
    for (String path : List.of("/first", "/second")) {
      List<Received> accepted = receiver.at(path).stream().filter(Received::accepted).toList();
      assertThat(accepted).extracting(r -> r.header("X-Gridcase-Event-Id")).as("each event once").doesNotHaveDuplicates().hasSize(20);
      for (String caseNumber : caseNumbers) {
        assertThat(accepted.stream().filter(r -> caseNumber.equals(r.caseNumber())))
            .as("%s at %s", caseNumber, path)
            .extracting(r -> r.json().path("sequence").asInt() + " " + r.type())
            .containsExactly("1 accepted", "2 dispatched", "3 signed", "4 plan");
      }
    }
    assertThat(receiver.at("/sme")).isEmpty();
  }

  @Test
  void twoStepsOfOneCaseAtOnceTakeTheirSequenceNumbersInTurn() throws Exception {
    subscribe("HOTLINE_12345", "/first");
    insertCase("PG-CB-RACE", "HOTLINE_12345");
    var firstQueued = new CountDownLatch(1);
    var commitFirst = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(() -> {
      journal("PG-CB-RACE", CaseAction.SIGNED);
      firstQueued.countDown();
      awaitLatch(commitFirst);
    }));
    awaitLatch(firstQueued);
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> inTransaction(() -> journal("PG-CB-RACE", CaseAction.SIGNED)));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        count("select count(*) from pg_locks where not granted") > 0);
    commitFirst.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);

    assertThat(jdbc.sql("select sequence from callback_delivery where case_number = 'PG-CB-RACE' order by sequence")
        .query(Integer.class).list()).containsExactly(1, 2);
  }

  @Test
  void stepsOfTwoCasesInOneTransactionReachOnlyTheirOwnChannelsCallbacks() {
    subscribe("HOTLINE_12345", "/first");
    subscribe("SME_PLATFORM", "/sme");
    insertCase("PG-CB-HOTLINE", "HOTLINE_12345");
    insertCase("PG-CB-SME", "SME_PLATFORM");
    // each case's callbacks are read once in the transaction and remembered for its next step
    inTransaction(() -> {
      journal("PG-CB-HOTLINE", CaseAction.REPORTED);
      journal("PG-CB-SME", CaseAction.REPORTED);
      journal("PG-CB-HOTLINE", CaseAction.DISPATCHED);
      journal("PG-CB-SME", CaseAction.DISPATCHED);
    });
    assertThat(jdbc.sql("""
            select d.case_number || ' ' || s.channel || ' ' || d.sequence from callback_delivery d
            join callback_subscription s on s.id = d.subscription_id order by d.case_number, d.sequence""")
        .query(String.class).list())
        .containsExactly("PG-CB-HOTLINE HOTLINE_12345 1", "PG-CB-HOTLINE HOTLINE_12345 2",
            "PG-CB-SME SME_PLATFORM 1", "PG-CB-SME SME_PLATFORM 2");
  }

  @Test
  void aRolledBackStepQueuesNothing() {
    subscribe("HOTLINE_12345", "/first");
    insertCase("PG-CB-ROLLBACK", "HOTLINE_12345");
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      journal("PG-CB-ROLLBACK", CaseAction.REPORTED);
      status.setRollbackOnly();
    });
    assertThat(count("select count(*) from callback_delivery")).isZero();
  }

  private void subscribe(String channel, String path) {
    jdbc.sql("insert into callback_subscription (channel, url, secret, created_by, created_at) values (?, ?, ?, 'test', ?)")
        .params(channel, receiver.url(path), CallbackSignature.newSecret(), OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  private void insertCase(String caseNumber, String channel) {
    jdbc.sql(
            """
            insert into case_record (case_number, channel, title, description, grid_code, town_code, county_code,
              anonymous, overseas_chinese, reported_at, status, stage, reopen_count)
            values (?, ?, '测试', '测试', 'G', 'T', 'C', false, false, ?, 'OPEN', 'INTAKE', 0)
            """)
        .params(caseNumber, channel, OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  /** What the journal publishes, here without the journal's own row. */
  private void journal(String caseNumber, CaseAction action) {
    outbox.stepJournaled(new CaseStepJournaled(caseNumber, action, OffsetDateTime.now(ZoneOffset.UTC)));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
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
