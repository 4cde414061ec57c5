package io.gridcase.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.support.AppNode;
import io.gridcase.support.IntakeLoad;
import io.gridcase.support.IntakeLoad.Outcome;
import io.gridcase.support.Logins;
import io.gridcase.support.StoppablePostgres;
import io.gridcase.support.TestSmtp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL stopped for 30 s while integrators keep reporting: meanwhile every report is answered
 * at once with 503 and a problem body (no hang, no other error); when the database is back the
 * node takes reports again by itself; no accepted case is lost, retries make no duplicates, and
 * the outbox sends the mail of the cases it kept (ADR 0011).
 */
class DatabaseOutageIT {

  static final Duration OUTAGE = Duration.ofSeconds(30);
  static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
  static final int CLIENTS = 6;

  @RegisterExtension static GreenMailExtension smtp = TestSmtp.server();

  final ObjectMapper json = new ObjectMapper();
  StoppablePostgres postgres;
  AppNode node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theNodeAnswers503MeanwhileAndRecoversByItself() throws Exception {
    postgres = StoppablePostgres.startFresh("postgres-outage");
    node = AppNode.on(postgres.jdbcUrl(), "postgres", "postgres")
        .mailTo(TestSmtp.PORT)
        // the outbox's poll and lease, short so that the test sees it catch up
        .property("gridcase.mail.poll-interval", "2s")
        .property("gridcase.mail.lease", "20s")
        .start("database-outage");
    var load = new IntakeLoad(node, CLIENT_TIMEOUT);

    load.start(CLIENTS, "outage");
    await().atMost(Duration.ofSeconds(60)).until(() -> load.createdCount() >= 12);
    Instant down = Instant.now();
    postgres.stop();
    await().atMost(Duration.ofSeconds(15)).until(() -> health() == 503);
    assertEngineRestAnswers503();
    Thread.sleep(Duration.between(Instant.now(), down.plus(OUTAGE)).toMillis()); // the outage itself
    Instant up = Instant.now();
    postgres.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> firstAcceptedAfter(load.outcomes(), up) != null);
    Thread.sleep(1000); // a little load after the recovery
    List<Outcome> outcomes = load.stop();

    Outcome firstAfter = firstAcceptedAfter(outcomes, up);
    Duration recovery = Duration.between(up, firstAfter.sentAt().plus(firstAfter.took()));
    List<Outcome> refused = outcomes.stream().filter(o -> o.status() == 503).toList();
    Duration slowest503 = refused.stream().map(Outcome::took).max(Comparator.naturalOrder()).orElseThrow();
    System.out.printf("%d sent, %d accepted, %d answered 503 (slowest %d ms); first 201 %d ms after the database was back%n",
        outcomes.size(), outcomes.stream().filter(Outcome::created).count(), refused.size(), slowest503.toMillis(),
        recovery.toMillis());

    assertThat(outcomes).as("every report is answered, 201 or 503, none hangs").allMatch(o -> o.status() == 201 || o.status() == 503);
    // a request that waits for a connection when the database comes back gets it: look at answers given while it was down
    assertThat(outcomes.stream().filter(o -> o.sentAt().isAfter(down.plusSeconds(1)) && o.sentAt().plus(o.took()).isBefore(up)))
        .as("answered while the database was down")
        .isNotEmpty()
        .allMatch(o -> o.status() == 503);
    refused.forEach(this::assertProblem);
    assertThat(slowest503).isLessThan(Duration.ofSeconds(10));
    // typically 1.5–5 s: a connection attempt after the server is up plus one intake (slow on a busy CI machine)
    assertThat(recovery).as("recovered without a restart").isLessThan(Duration.ofSeconds(15));
    assertThat(health()).isEqualTo(200);

    var cases = new AcceptedCases(load, postgres.jdbcUrl());
    cases.assertEveryAcceptedCaseRuns(outcomes);
    cases.retryAll(outcomes);
    cases.assertOneRunningCasePerReport(outcomes);
    assertTheOutboxCatchesUp();
  }

  private void assertProblem(Outcome refused) {
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.retryAfter()).isEqualTo("5");
    try {
      JsonNode problem = json.readTree(refused.body());
      assertThat(problem.path("status").asInt()).isEqualTo(503);
      assertThat(problem.path("type").asText()).isNotEmpty();
      assertThat(problem.path("title").asText()).isEqualTo("Service Unavailable");
      assertThat(problem.path("detail").asText()).contains("database");
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + refused.body(), e);
    }
  }

  /** The mail poll lived through the outage: every mail the kept cases queued goes out. */
  private void assertTheOutboxCatchesUp() {
    var database = JdbcClient.create(new DriverManagerDataSource(postgres.jdbcUrl(), "postgres", "postgres"));
    await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
        assertThat(database.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single()).isZero());
    long queued = database.sql("select count(*) from mail_outbox").query(Long.class).single();
    assertThat(queued).isPositive();
    assertThat(smtp.getReceivedMessages().length).as("mails received for %d queued", queued).isGreaterThanOrEqualTo((int) queued);
  }

  /** Integrators on the engine REST API get the same answer: logging in needs the database. */
  private void assertEngineRestAnswers503() throws Exception {
    var http = HttpClient.newHttpClient();
    var request = HttpRequest.newBuilder(node.uri("/engine-rest/task?maxResults=1"))
        .header("Authorization", Logins.basic("demo", "demo")).timeout(Duration.ofSeconds(10)).build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("engine REST during the outage: %s", response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  private int health() throws Exception {
    var http = HttpClient.newHttpClient();
    var request = HttpRequest.newBuilder(node.uri("/actuator/health")).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Outcome firstAcceptedAfter(List<Outcome> outcomes, Instant up) {
    return outcomes.stream()
        .filter(o -> o.created() && o.sentAt().isAfter(up))
        .min(Comparator.comparing(Outcome::sentAt))
        .orElse(null);
  }
}
