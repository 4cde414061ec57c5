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
 * Cockpit reads cases without typing a password again, but the session alone changes nothing, and
 * reading never rotates the webapps' session id (which would log out their requests in flight).
 */
@GridcaseTest
class WebappSessionTest {

  @LocalServerPort int port;

  @Test
  void aWebappLoginReadsTheApiButCannotWriteWithIt() throws Exception {
    var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    var anonymous = get(browser, "/api/cases");
    assertThat(anonymous.statusCode()).as("before logging in").isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("a client is asked for a password").isPresent();
    var pageFetch = browser.send(HttpRequest.newBuilder(uri("/api/kpis")).header("X-Requested-With", "XMLHttpRequest").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(pageFetch.statusCode()).isEqualTo(401);
    assertThat(pageFetch.headers().firstValue("WWW-Authenticate"))
        .as("a page's own fetch gets the problem, not the browser's password prompt").isEmpty();

    browser.send(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    var login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=ou.weixiong&password=gridcase"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    String session = sessionId(cookies);
    var read = get(browser, "/api/cases");
    assertThat(read.statusCode()).as("with the Cockpit session").isEqualTo(200);
    assertThat(read.headers().allValues("Set-Cookie")).as("the webapps' session is left as it is").isEmpty();
    assertThat(sessionId(cookies)).as("requests of the webapps still in flight keep their session").isEqualTo(session);
    assertThat(get(browser, "/api/kpis").statusCode()).as("and the next read too").isEqualTo(200);
    var write = browser.send(HttpRequest.newBuilder(uri("/api/cases/GC20261123000001/urgings"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"x\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).as("a session cookie alone never writes").isEqualTo(401);
  }

  private static String sessionId(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow().getValue();
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
