package io.gridcase.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 12345 hotline's system reporting cases to one node over real HTTP: a single report, or
 * several clients posting as fast as they can, every answer (or the lack of one) recorded.
 */
public final class IntakeLoad {

  public static final String INTEGRATOR = "integrator-12345";
  public static final String PASSWORD = "gridcase";

  /** One {@code POST /api/cases} and what came of it; {@code status} 0 when no answer came. */
  public record Outcome(
      String externalId, Instant sentAt, Duration took, int status, String caseNumber,
      String contentType, String retryAfter, String body, String error) {

    public boolean created() {
      return status == 201;
    }

    public boolean answered() {
      return status != 0;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppNode node;
  private final Duration timeout;
  private final HttpClient http;
  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean running;
  private ExecutorService clients;

  /** Every request gives up after {@code timeout} (and counts as unanswered). */
  public IntakeLoad(AppNode node, Duration timeout) {
    this.node = node;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Starts {@code count} clients, each reporting cases {@code <prefix>-<client>-<n>} one after another. */
  public void start(int count, String prefix) {
    running = true;
    clients = Executors.newFixedThreadPool(count);
    for (int client = 0; client < count; client++) {
      String ids = prefix + "-" + client + "-";
      clients.submit(() -> {
        for (int n = 0; running; n++) {
          outcomes.add(report(ids + n));
        }
      });
    }
  }

  /** Stops the clients, waits for the requests in flight to end; every outcome so far. */
  public List<Outcome> stop() throws InterruptedException {
    running = false;
    clients.shutdown();
    clients.awaitTermination(timeout.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
    return outcomes();
  }

  public List<Outcome> outcomes() {
    return new ArrayList<>(outcomes);
  }

  public long createdCount() {
    return outcomes.stream().filter(Outcome::created).count();
  }

  public int inFlight() {
    return inFlight.get();
  }

  /** Reports one case of channel 12345 with this external id. */
  public Outcome report(String externalId) {
    var request = authorized(HttpRequest.newBuilder(node.uri("/api/cases")), INTEGRATOR, PASSWORD)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(hotlineReport(externalId)))
        .build();
    Instant sentAt = Instant.now();
    inFlight.incrementAndGet();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      String caseNumber = response.statusCode() / 100 == 2 ? JSON.readTree(body).path("caseNumber").asText() : null;
      return new Outcome(externalId, sentAt, Duration.between(sentAt, Instant.now()), response.statusCode(), caseNumber,
          response.headers().firstValue("Content-Type").orElse(null), response.headers().firstValue("Retry-After").orElse(null),
          body, null);
    } catch (IOException e) {
      return new Outcome(externalId, sentAt, Duration.between(sentAt, Instant.now()), 0, null, null, null, null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(externalId, sentAt, Duration.between(sentAt, Instant.now()), 0, null, null, null, null, e.toString());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** Wage arrears, so the rules pick departments and the order mails go out as for a real case. */
  private static String hotlineReport(String externalId) {
    return """
        {"channel": "HOTLINE_12345", "externalId": "%s", "title": "工地拖欠工资",
         "description": "丰乐路工地拖欠 12 名工人三个月工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "email": "%s"}}
        """.formatted(externalId, Reports.GRID, Reports.REPORTER_EMAIL);
  }

  /** A GET with HTTP basic, e.g. {@code /api/cases/<n>} or the engine REST API. */
  public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    var request = authorized(HttpRequest.newBuilder(node.uri(path)), user, password).header("Accept", "application/json").build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request, String user, String password) {
    return request.timeout(timeout).header("Authorization", Logins.basic(user, password));
  }
}
