package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.GridcaseTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Gridcase's pages read {@code /api} with the Camunda webapps' login: a supervisor logged in to
 * Cockpit reads cases without typing a password again, but the session alone changes nothing.
 */
@GridcaseTest
class WebappSessionTest {

  @LocalServerPort int port;

  @Test
  void aWebappLoginReadsTheApiButCannotWriteWithIt() throws Exception {
    var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    assertThat(get(browser, "/api/cases").statusCode()).as("before logging in").isEqualTo(401);

    browser.send(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    var login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=ou.weixiong&password=gridcase"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    assertThat(get(browser, "/api/cases").statusCode()).as("with the Cockpit session").isEqualTo(200);
    var write = browser.send(HttpRequest.newBuilder(uri("/api/cases/GC20261123000001/urgings"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"x\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).as("a session cookie alone never writes").isEqualTo(401);
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
