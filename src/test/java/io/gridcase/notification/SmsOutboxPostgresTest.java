package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS outbox's SQL on a real PostgreSQL (the build's embedded server), in a schema of its own:
 * the migration, one row and one send-sms start per dedup key within a transaction that goes on,
 * and a row marked sent once.
 */
class SmsOutboxPostgresTest {

  /** The instances the outbox asked the engine for (the engine itself is not part of this test). */
  private final List<Long> started = new CopyOnWriteArrayList<>();
  private SmsOutbox outbox;
  private TransactionTemplate transaction;
  private JdbcClient jdbc;

  @BeforeEach
  void migrateASchemaOfItsOwn() {
    PGSimpleDataSource dataSource = PostgresServer.migratedSchema("sms_test");
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    jdbc = JdbcClient.create(dataSource);
    outbox = new SmsOutbox(new SmsRows(jdbc), started::add, transactions);
    transaction = new TransactionTemplate(transactions);
  }

  @Test
  void aSecondEnqueueOfTheSameEventQueuesNothingAndTheTransactionGoesOn() {
    OutgoingSms sms = new OutgoingSms("feedback:GC1:0", "GC1", SmsKind.FEEDBACK, " 13800138000 ", "【江门综治】您好，已办结。");
    Optional<Long> again = transaction.execute(status -> {
      Optional<Long> first = outbox.enqueue(sms);
      assertThat(first).isPresent();
      Optional<Long> second = outbox.enqueue(sms);
      jdbc.sql("select 1").query(Integer.class).single(); // the transaction is still usable
      return second;
    });
    assertThat(again).isEmpty();
    List<SmsEntry> rows = outbox.ofCase("GC1");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).phone()).isEqualTo("13800138000");
    assertThat(rows.get(0).text()).isEqualTo("【江门综治】您好，已办结。");
    assertThat(started).containsExactly(rows.get(0).id());
  }

  @Test
  void aLongTextIsCutAndARowIsMarkedSentOnce() {
    long id = transaction.execute(status ->
        outbox.enqueue(new OutgoingSms("k:1", "GC2", SmsKind.DISPATCHED, "13900000000", "字".repeat(1000)))).orElseThrow();
    assertThat(outbox.find(id).orElseThrow().text()).hasSize(OutgoingSms.MAX_TEXT).endsWith("…");
    assertThat(outbox.markSent(id)).isTrue();
    assertThat(outbox.markSent(id)).isFalse();
    assertThat(outbox.find(id).orElseThrow().sent()).isTrue();
  }

  @Test
  void aMessageWithoutAPhoneIsNotQueued() {
    Optional<Long> none = transaction.execute(status ->
        outbox.enqueue(new OutgoingSms("k:2", "GC3", SmsKind.FEEDBACK, " ", "x")));
    assertThat(none).isEmpty();
    assertThat(started).isEmpty();
  }
}
