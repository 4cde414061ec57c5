package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Inbox;
import io.gridcase.support.Reports;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP exchange: mail exists only if its transaction commits, goes out
 * once however often it is queued or however many dispatchers race, and outlives an SMTP outage.
 */
@GridcaseTest
class MailOutboxTest {

  private final Inbox inbox = new Inbox();

  @Autowired MailOutbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired OutboxRows rows;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired MeterRegistry metrics;

  private String tag;
  private String recipient;

  @BeforeEach
  void startSmtp() {
    inbox.start();
    tag = "T" + UUID.randomUUID().toString().substring(0, 8);
    recipient = tag.toLowerCase() + "@gridcase.test";
  }

  @AfterEach
  void stopSmtp() {
    inbox.stop();
  }

  @Test
  void mailQueuedInATransactionThatRollsBackIsNeverSent() {
    inTransaction(() -> {
      assertThat(outbox.enqueue(mail(tag + ":1"))).isTrue();
      throw new IllegalStateException("the step fails");
    });

    assertThat(rowsOf(tag)).isEmpty();
    dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    assertThat(inbox.to(recipient, tag)).isEmpty();
  }

  @Test
  void mailQueuedInATransactionThatCommitsIsSentOnceAfterTheCommit() throws Exception {
    inTransaction(() -> outbox.enqueue(mail(tag + ":1")));

    var received = inbox.awaitTo(recipient, tag);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getHeader("Message-ID")).containsExactly(dispatcher.messageId(tag + ":1"));
    await().until(() -> rowsOf(tag).get(0).sent());
    assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)))).isNotNegative();
    assertThat(inbox.to(recipient, tag)).hasSize(1);
    assertThat(rowsOf(tag)).singleElement().returns(1, OutboxEntry::attempts).returns(null, OutboxEntry::lastError);
  }

  @Test
  void theSameKeyQueuedAgainMakesNoSecondMail() {
    inTransaction(() -> {
      assertThat(outbox.enqueue(mail(tag + ":1"))).isTrue();
      assertThat(outbox.enqueue(mail(tag + ":1"))).isFalse();
      return null;
    });
    inbox.awaitTo(recipient, tag);
    // a retried job queues it again in a later transaction
    inTransaction(() -> assertThat(outbox.enqueue(mail(tag + ":1"))).isFalse());

    dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    assertThat(rowsOf(tag)).hasSize(1);
    assertThat(inbox.to(recipient, tag)).hasSize(1);
  }

  @Test
  void anSmtpOutageDelaysMailButNeitherLosesItNorTouchesTheCase() {
    inbox.stop();
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资", "丰乐路工地拖欠 8 名工人工资"));
    inTransaction(() -> outbox.enqueue(mail(tag + ":1")));
    inTransaction(() -> outbox.enqueue(mail(tag + ":2")));

    // the case is dispatched although its order mails could not go out
    CaseRecord dispatched = records.get(caseNumber);
    assertThat(dispatched.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(dispatched.stage()).isEqualTo(CaseStage.HANDLING);
    assertThat(cases.order(caseNumber, "HRSS")).isNotNull();
    await().untilAsserted(() -> assertThat(outbox.ofCase(caseNumber)).hasSize(2).allSatisfy(this::failedOnce));
    await().untilAsserted(() -> assertThat(rowsOf(tag)).hasSize(2).allSatisfy(this::failedOnce));
    assertThat(outbox.unsentCount()).isGreaterThanOrEqualTo(4);
    assertThat(metrics.get("gridcase.mail.unsent").gauge().value()).isGreaterThanOrEqualTo(4);

    // not due yet: nobody hammers the server; due and still down: tried again, recorded
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(1)))).isZero();
    assertThat(rowsOf(tag)).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(2));
    assertThat(rowsOf(tag).get(0).lastError()).contains("Connection refused").doesNotContain("\n", "\tat ");
    assertThat(records.get(caseNumber)).isEqualTo(dispatched);

    inbox.start();
    dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
    dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(2)));

    assertThat(inbox.to(recipient, tag + ":1")).hasSize(1);
    assertThat(inbox.to(recipient, tag + ":2")).hasSize(1);
    assertThat(inbox.to("hrss@gridcase.local", caseNumber)).hasSize(1);
    assertThat(inbox.to("justice@gridcase.local", caseNumber)).hasSize(1);
    assertThat(outbox.ofCase(caseNumber)).allSatisfy(m -> assertThat(m.sent()).isTrue());
    assertThat(rowsOf(tag)).allSatisfy(m -> assertThat(m.sent()).isTrue());
  }

  @Test
  void twoDispatchersRacingOverTheSameMailsSendEachOnce() throws Exception {
    int count = 20;
    Instant now = Instant.now();
    for (int i = 0; i < count; i++) {
      rows.insertIfAbsent(mail(tag + ":" + i), now); // queued, not yet handed to a sender
    }
    var barrier = new CyclicBarrier(2);
    Callable<Integer> node = () -> {
      barrier.await();
      return dispatcher.dispatchDue(now.plusSeconds(1));
    };
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> nodes = new ArrayList<>(List.of(pool.submit(node), pool.submit(node)));
      int sent = 0;
      for (Future<Integer> n : nodes) {
        sent += n.get();
      }
      assertThat(sent).isGreaterThanOrEqualTo(count); // other tests' due mail may go along
    } finally {
      pool.shutdown();
    }

    for (int i = 0; i < count; i++) {
      assertThat(inbox.to(recipient, tag + ":" + i + " ")).as("mail %d", i).hasSize(1);
    }
    assertThat(rowsOf(tag)).hasSize(count).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
  }

  private void failedOnce(OutboxEntry m) {
    assertThat(m.sent()).isFalse();
    assertThat(m.attempts()).isEqualTo(1);
    assertThat(m.lastError()).isNotBlank();
    assertThat(m.nextAttemptAt().toInstant()).isAfter(m.createdAt().toInstant().plusSeconds(25));
  }

  private OutgoingMail mail(String key) {
    return new OutgoingMail(key, null, MailKind.URGED, List.of(recipient), "Test " + key + " 测试", "正文 body " + key);
  }

  private List<OutboxEntry> rowsOf(String tag) {
    return jdbc.sql("select id from mail_outbox where dedup_key like ? order by id").param(tag + ":%")
        .query(Long.class).list().stream().map(id -> rows.find(id).orElseThrow()).toList();
  }

  private <T> T inTransaction(Callable<T> work) {
    try {
      return new TransactionTemplate(transactions).execute(status -> {
        try {
          return work.call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (IllegalStateException expected) {
      if ("the step fails".equals(expected.getMessage())) {
        return null;
      }
      throw expected;
    }
  }
}
