package io.gridcase.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.AppNode;
import io.gridcase.support.Logins;
import io.gridcase.support.PostgresServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with {@code SPRING_PROFILES_ACTIVE=postgres,prod}, as the README tells
 * operators to run it: no demo admin, no demo passwords, HSTS, nothing but health on the actuator.
 */
class ProductionProfileIT {

  static AppNode node;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    String database = PostgresServer.newDatabase("prod_profile");
    node = AppNode.on(database, "postgres", "postgres").profiles("postgres,prod").start("prod-profile");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theDemoLoginsDoNotExist() throws Exception {
    assertThat(get("/api/cases", "demo", "demo").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", "demo", "demo").statusCode()).isEqualTo(401);
    assertThat(get("/api/cases", "ou.weixiong", "gridcase").statusCode()).as("directory users get no demo password").isEqualTo(401);
  }

  @Test
  void answersCarryHstsAndTheActuatorShowsOnlyHealth() throws Exception {
    var health = get("/actuator/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(get("/actuator/prometheus", null, null).statusCode()).isIn(401, 404);
    var api = get("/api/cases", null, null);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).doesNotContain("Exception", "at io.gridcase");
    // behind the TLS-terminating proxy the README asks for
    var behindProxy = http.send(HttpRequest.newBuilder(node.uri("/api/cases")).header("X-Forwarded-Proto", "https").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        hsts -> assertThat(hsts).contains("max-age=31536000"));
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    var request = HttpRequest.newBuilder(node.uri(path)).header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", Logins.basic(user, password));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
