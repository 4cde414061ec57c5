package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 item 8: the dashboard and /api send CSP, nosniff, frame and referrer headers, on pages,
 * data and refusals alike; the dashboard's policy allows no script but its own files
 * (DashboardBrowserTest shows the page still works under it).
 */
@GridcaseTest
class SecurityHeadersTest {

  @LocalServerPort int port;
  final HttpClient client = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @CsvSource({
      "/dashboard/,                                    -,           200, page",
      "/dashboard,                                     -,           302, page",
      "/dashboard/dashboard.js,                        -,           200, page",
      "/case/GC20260804000001,                         -,           200, page",
      "/case/case.js,                                  -,           200, page",
      "/case/case.css,                                 -,           200, page",
      "/webjars/echarts/5.3.1/dist/echarts.min.js,     -,           200, data",
      "/api/kpis,                                      ou.weixiong, 200, data",
      "/api/kpis.csv,                                  ou.weixiong, 200, data",
      "/api/cases?size=1,                              ou.weixiong, 200, data",
      "/api/cases,                                     -,           401, data",
      "/api/kpis,                                      luo.xiaoyan, 403, data",
      "/api/cases?size=0,                              ou.weixiong, 400, data",
  })
  void everyAnswerCarriesTheHeaders(String path, String user, int status, String kind) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (!user.equals("-")) {
      request.header("Authorization", Logins.basic(user, Logins.PASSWORD));
    }
    var answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());

    assertThat(answer.statusCode()).as(path).isEqualTo(status);
    var headers = answer.headers();
    assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
    assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
    assertThat(headers.allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
    assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
    String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).as(path).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
    if (kind.equals("page")) {
      assertThat(policy).contains("script-src 'self'", "object-src 'none'", "base-uri 'none'")
          .doesNotContain("script-src 'self' 'unsafe-inline'", "*");
    } else {
      assertThat(policy).startsWith("default-src 'none'");
    }
  }
}
