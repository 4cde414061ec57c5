package io.gridcase.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.callback.CallbackReceiver.Received;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status callbacks end to end (ADR 21): the 12345 hotline's system registers a URL over
 * {@code /api/callbacks}, cases go through their lifecycle, and the worker posts their events to a
 * real HTTP server: signed, in order per case, retried after 500s, given up and resent; the SME
 * platform's callback hears nothing of hotline cases.
 */
@GridcaseTest
class CallbackDeliveryTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;
  @Autowired CallbackDispatcher dispatcher;
  @Autowired CaseJournal journal;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired CallbackProperties properties;
  @Autowired MeterRegistry metrics;

  private final CallbackReceiver receiver = new CallbackReceiver();
  private JsonNode hotline;
  private JsonNode sme;

  @BeforeEach
  void registerTwoChannels() {
    hotline = register(Logins.HOTLINE_INTEGRATOR, receiver.url("/hotline/events"));
    sme = register("integrator-sme", receiver.url("/sme/events"));
  }

  @AfterEach
  void removeThem() {
    http(Logins.HOTLINE_INTEGRATOR).delete("/api/callbacks/" + hotline.path("id").asLong());
    http("integrator-sme").delete("/api/callbacks/" + sme.path("id").asLong());
    receiver.close();
  }

  @Test
  void everyStatusOfACaseArrivesSignedAndInOrder() throws Exception {
    String caseNumber = cases.report(Reports.hotline("路边违停（回调）", "小区门口车辆长期违停占用车道"));
    cases.settledAndDueForRevisit(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", "已拖离违停车辆");
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting", Map.of("satisfaction", "SATISFIED"));

    assertThat(dispatcher.deliverDue()).isGreaterThanOrEqualTo(6);

    List<Received> posts = receiver.ofCase(caseNumber);
    assertThat(posts).extracting(Received::type)
        .containsExactly("accepted", "dispatched", "signed", "plan", "result", "closed");
    assertThat(posts).allSatisfy(post -> {
      assertThat(post.path()).isEqualTo("/hotline/events");
      assertThat(post.accepted()).isTrue();
      String timestamp = post.header("X-Gridcase-Timestamp");
      assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(300);
      assertThat(post.header("X-Gridcase-Signature"))
          .isEqualTo("sha256=" + hmacSha256Hex(hotline.path("secret").asText(), timestamp + "." + post.body()));
      assertThat(post.header("X-Gridcase-Event-Id")).isEqualTo(post.json().path("eventId").asText());
      assertThat(post.header("Content-Type")).startsWith("application/json");
      assertThat(post.json().path("channel").asText()).isEqualTo("HOTLINE_12345");
    });
    assertThat(posts).extracting(post -> post.json().path("sequence").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(posts).extracting(post -> post.header("X-Gridcase-Sequence")).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(posts.get(5).json().path("step").asText()).isEqualTo("CLOSED");
    assertThat(receiver.at("/sme/events")).as("another channel's callback").isEmpty();
    assertThat(dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(1)))).as("each event once").isZero();
  }

  @Test
  void aSignatureWithAnotherSecretDoesNotMatch() throws Exception {
    String caseNumber = cases.report(Reports.hotline("路边违停（回调）", "小区门口车辆长期违停占用车道"));
    dispatcher.deliverDue();
    Received first = receiver.ofCase(caseNumber).get(0);
    String timestamp = first.header("X-Gridcase-Timestamp");
    assertThat(first.header("X-Gridcase-Signature"))
        .isNotEqualTo("sha256=" + hmacSha256Hex(sme.path("secret").asText(), timestamp + "." + first.body()))
        .isNotEqualTo("sha256=" + hmacSha256Hex(hotline.path("secret").asText(), timestamp + "." + first.body() + " "));
  }

  @Test
  void aFailedPostIsRetriedAfterItsBackoffAndTheCasesNextEventWaitsForIt() {
    receiver.fail(2);
    String caseNumber = cases.report(Reports.hotline("路边违停（重试）", "小区门口车辆长期违停占用车道"));
    Instant now = Instant.now();

    assertThat(dispatcher.deliverDue(now)).isZero();
    assertThat(receiver.ofCase(caseNumber)).as("dispatched waits for accepted").extracting(Received::type)
        .containsExactly("accepted");
    assertThat(dispatcher.deliverDue(now.plusSeconds(1))).as("not before the backoff").isZero();
    assertThat(receiver.ofCase(caseNumber)).hasSize(1);

    Instant afterFirstBackoff = now.plus(properties.after(1)).plusSeconds(1);
    assertThat(dispatcher.deliverDue(afterFirstBackoff)).isZero();
    Instant afterSecondBackoff = afterFirstBackoff.plus(properties.after(2)).plusSeconds(1);
    assertThat(dispatcher.deliverDue(afterSecondBackoff)).isEqualTo(2);

    List<Received> posts = receiver.ofCase(caseNumber);
    assertThat(posts).extracting(Received::type).containsExactly("accepted", "accepted", "accepted", "dispatched");
    assertThat(posts).extracting(Received::status).containsExactly(500, 500, 204, 204);
    assertThat(posts.subList(0, 3)).extracting(post -> post.header("X-Gridcase-Event-Id")).as("the same event each time")
        .containsOnly(posts.get(0).header("X-Gridcase-Event-Id"));
  }

  @Test
  void anEventGivenUpHoldsItsCaseUntilTheIntegratorResendsIt() {
    receiver.fail(Integer.MAX_VALUE);
    String caseNumber = cases.report(Reports.hotline("路边违停（放弃）", "小区门口车辆长期违停占用车道"));
    Instant at = Instant.now();
    for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
      dispatcher.deliverDue(at);
      at = at.plus(Duration.ofHours(2));
    }
    assertThat(receiver.ofCase(caseNumber)).hasSize(properties.maxAttempts()).extracting(Received::type).containsOnly("accepted");
    long id = hotline.path("id").asLong();
    JsonNode listed = http(Logins.HOTLINE_INTEGRATOR).getForObject("/api/callbacks/" + id, JsonNode.class);
    assertThat(listed.path("givenUp").asLong()).isEqualTo(1);
    assertThat(listed.path("waiting").asLong()).isEqualTo(1);
    assertThat(metrics.get("gridcase.callbacks.given-up").gauge().value()).isGreaterThanOrEqualTo(1);

    receiver.fail(0);
    assertThat(dispatcher.deliverDue(at.plus(Duration.ofDays(30)))).as("given up is given up").isZero();

    var resent = http(Logins.HOTLINE_INTEGRATOR).postForEntity("/api/callbacks/" + id + "/resend", null, JsonNode.class);
    assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(resent.getBody().path("events").asInt()).isEqualTo(1);
    assertThat(dispatcher.deliverDue()).isEqualTo(2);

    List<Received> delivered = receiver.ofCase(caseNumber).stream().filter(Received::accepted).toList();
    assertThat(delivered).extracting(Received::type).containsExactly("accepted", "dispatched");
    JsonNode after = http(Logins.HOTLINE_INTEGRATOR).getForObject("/api/callbacks/" + id, JsonNode.class);
    assertThat(after.path("givenUp").asLong()).isZero();
    assertThat(after.path("waiting").asLong()).isZero();
    assertThat(metrics.get("gridcase.callbacks.given-up").gauge().value()).isZero();
  }

  @Test
  void aRolledBackStepQueuesNothingAndACommittedOneQueuesOnePerCallback() {
    String caseNumber = cases.report(Reports.hotline("路边违停（回滚）", "小区门口车辆长期违停占用车道"));
    long before = queued(caseNumber);

    var transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      journal.record(caseNumber, "deng.zhigang", CaseAction.SIGNED, null);
      assertThat(queued(caseNumber)).isEqualTo(before + 1);
      status.setRollbackOnly();
    });
    assertThat(queued(caseNumber)).isEqualTo(before);

    transaction.executeWithoutResult(status -> journal.record(caseNumber, "deng.zhigang", CaseAction.URGED, null));
    assertThat(queued(caseNumber)).as("an urging is no status event").isEqualTo(before);
  }

  @Test
  void aRemovedCallbackGetsNothingMore() {
    String caseNumber = cases.report(Reports.hotline("路边违停（删除）", "小区门口车辆长期违停占用车道"));
    var removed = http(Logins.HOTLINE_INTEGRATOR)
        .exchange("/api/callbacks/" + hotline.path("id").asLong(), HttpMethod.DELETE, null, Void.class);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    dispatcher.deliverDue();
    String later = cases.report(Reports.hotline("路边违停（删除后）", "小区门口车辆长期违停占用车道"));
    dispatcher.deliverDue();

    assertThat(receiver.ofCase(caseNumber)).isEmpty();
    assertThat(receiver.ofCase(later)).isEmpty();
  }

  private long queued(String caseNumber) {
    return jdbc.sql("select count(*) from callback_delivery where case_number = ?").param(caseNumber).query(Long.class).single();
  }

  private JsonNode register(String integrator, String url) {
    var answer = http(integrator).postForEntity("/api/callbacks", Map.of("url", url), JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return answer.getBody();
  }

  private TestRestTemplate http(String user) {
    return Logins.as(anonymous, user);
  }

  /** The receiver's side of the signature, written from the README, not from the code that signs. */
  static String hmacSha256Hex(String secret, String text) throws Exception {
    var mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
