package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.RowCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6: 10,000 generated bad requests to the write endpoints of {@code /api/cases}, over real
 * HTTP as the 12345 integrator. Every one must be refused with a 4xx problem that names the field
 * (or {@code body}, or the {@code Content-Type}), leaks nothing internal and writes nothing.
 * Rerun a failure with {@code -Dfuzz.seed=<seed>}.
 */
@GridcaseTest
class BadRequestFuzzTest {

  static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
  static final long SEED = Long.getLong("fuzz.seed", 20261120L);
  static final List<String> LEAKS = List.of(
      "Exception", "\tat ", "at io.", "at org.", "at java.", "java.", "jakarta.", "io.gridcase", "com.fasterxml",
      "org.springframework", "org.h2", "org.camunda", "SQLState", "SQL state", "Source: ");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final String login = Logins.basic(Logins.HOTLINE_INTEGRATOR, Logins.PASSWORD);

  @Test
  void badRequestsAreRefusedNamingTheFaultAndWriteNothing() throws Exception {
    String caseNumber = reportOneCase();
    var requests = new BadRequests(SEED, json, FuzzTarget.report(), List.of(
        FuzzTarget.cancellation(caseNumber), FuzzTarget.extension(caseNumber), FuzzTarget.urging(caseNumber)));
    Map<String, Long> before = RowCounts.of(jdbc, runtime, history);
    Map<String, Map<Integer, Integer>> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();

    for (int i = 0; i < REQUESTS; i++) {
      BadRequest request = requests.next();
      HttpResponse<String> answer = send(request);
      tally.computeIfAbsent(request.category(), c -> new TreeMap<>()).merge(answer.statusCode(), 1, Integer::sum);
      String wrong = whatIsWrong(request, answer);
      if (wrong != null && failures.size() < 25) {
        failures.add("#" + i + " " + wrong + "\n    " + request.describe() + "\n    answer: "
            + answer.body().substring(0, Math.min(answer.body().length(), 400)));
      }
    }

    System.out.printf("BadRequestFuzzTest: %d requests, seed %d (-Dfuzz.seed=%d), %d s%n", REQUESTS, SEED, SEED,
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    tally.forEach((category, statuses) -> System.out.printf("  %-18s %s%n", category, statuses));
    assertThat(failures).as("seed " + SEED).isEmpty();
    assertThat(RowCounts.of(jdbc, runtime, history)).as("rows after the bad requests").isEqualTo(before);
  }

  /** Null when the answer is right: a 4xx problem naming the fault, nothing internal in it. */
  String whatIsWrong(BadRequest request, HttpResponse<String> answer) {
    int status = answer.statusCode();
    if (status < 400 || status >= 500) {
      return "status " + status;
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return "Content-Type " + type;
    }
    for (String leak : LEAKS) {
      if (answer.body().contains(leak)) {
        return "leaks '" + leak + "'";
      }
    }
    JsonNode problem;
    try {
      problem = json.readTree(answer.body());
    } catch (Exception e) {
      return "not JSON";
    }
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    // a body that breaks inside a field may be named by that field
    boolean named = fields.contains(request.field()) || (request.field().equals("body") && !fields.isEmpty());
    if (!named) {
      return "names " + fields + ", not " + request.field();
    }
    if (status == 400 && request.field().equals("body") && saysWhere(request) && !problem.toString().contains("line ")) {
      return "does not say where the JSON breaks";
    }
    return null;
  }

  /** A body that is there and not valid JSON: the answer must give its line and column. */
  static boolean saysWhere(BadRequest request) {
    String body = new String(request.body(), StandardCharsets.UTF_8);
    return !body.isBlank() && !body.equals("null") && !request.fault().startsWith("deep");
  }

  HttpResponse<String> send(BadRequest request) throws Exception {
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", login)
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  String reportOneCase() throws Exception {
    String body = FuzzTarget.REPORT_BODY.replace("fuzz-0001", "fuzz-" + System.nanoTime());
    var answer = send(new BadRequest("setup", "valid", "/api/cases", BadRequest.JSON, body.getBytes(StandardCharsets.UTF_8), null));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return json.readTree(answer.body()).get("caseNumber").asText();
  }
}
