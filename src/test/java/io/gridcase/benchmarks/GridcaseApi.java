package io.gridcase.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.Logins;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Gridcase's HTTP APIs ({@code /api} and {@code /engine-rest}) as integrators and Tasklist call them. */
final class GridcaseApi {

  static final String PASSWORD = "gridcase";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final GridcaseServer server;

  GridcaseApi(GridcaseServer server) {
    this.server = server;
  }

  /** Reports a wage-arrears case on the 12345 hotline (lead 人社局, co-handler 司法局); its case number. */
  String reportCase(String externalId) throws IOException, InterruptedException {
    Map<String, Object> report = Map.of(
        "channel", "HOTLINE_12345",
        "externalId", externalId,
        "title", "工地拖欠工资",
        "description", "丰乐路工地拖欠 12 名工人三个月工资",
        "location", Map.of("gridCode", "JM-PJ-HUANSHI-01-01", "address", "丰乐路 88 号"),
        "reporter", Map.of("name", "王芳", "phone", "13800138000", "email", "wang.fang@example.cn"));
    return post("/api/cases", "integrator-12345", PASSWORD, report, 201).get("caseNumber").asText();
  }

  /** A path of the engine REST API, e.g. {@code /task}. */
  String engine(String path) {
    return server.engineRest() + path;
  }

  JsonNode get(String path, String user, String password) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(server.uri(path)).GET(), user, password, 200);
  }

  /** Whether the resource exists (200) or not (404). */
  boolean exists(String path, String user, String password) throws IOException, InterruptedException {
    int status = http.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", Logins.basic(user, password))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != 200 && status != 404) {
      throw new IllegalStateException("GET " + path + " answered " + status);
    }
    return status == 200;
  }

  /** The body of a GET as text, whatever its type (a deployed form); fails unless 200. */
  String read(String path, String user, String password) throws IOException, InterruptedException {
    var response = http.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", Logins.basic(user, password))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  JsonNode post(String path, String user, String password, Object body, int expectedStatus)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(request, user, password, expectedStatus);
  }

  private JsonNode send(HttpRequest.Builder request, String user, String password, int expectedStatus)
      throws IOException, InterruptedException {
    var response = http.send(request.header("Authorization", Logins.basic(user, password)).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expectedStatus) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
