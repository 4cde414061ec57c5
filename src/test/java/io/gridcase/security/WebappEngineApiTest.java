package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The webapps' own copy of the engine REST API ({@code /camunda/api/engine/engine/default/...},
 * what Tasklist and Cockpit call with their session and CSRF token) keeps the same rules as
 * {@code /engine-rest}; and a write without the CSRF token is refused without logging the user out.
 */
@GridcaseTest
class WebappEngineApiTest {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void aTownCenterCannotStartACaseAtTheClosingStepThroughTasklistsSession() throws Exception {
    String caseNumber = newHotlineCase();
    Webapp tasklist = Webapp.login(port, "zhao.min", "tasklist");
    long instances = runtime.createProcessInstanceQuery().count();

    var closeIt = tasklist.post(ENGINE + "/process-definition/key/case-lifecycle/start", """
        {"variables": {"caseNumber": {"value": "%s"}},
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_CloseCase"}]}""".formatted(caseNumber), true);
    assertThat(closeIt.statusCode()).as(closeIt.body()).isEqualTo(403);
    assertThat(closeIt.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(closeIt.body()).get("endpoint").asText())
        .isEqualTo("POST /process-definition/key/case-lifecycle/start");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(tasklist.loggedIn()).isTrue();
  }

  @Test
  void aHandlerCompletesHerTaskInTasklistWithTheFormsFieldsOnly() throws Exception {
    String caseNumber = newHotlineCase();
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_SignForOrder")
        .taskCandidateGroup("dept-HRSS").singleResult();
    Webapp tasklist = Webapp.login(port, "chen.zhihua", "tasklist");
    assertThat(tasklist.post(ENGINE + "/task/" + task.getId() + "/claim", "{\"userId\": \"chen.zhihua\"}", true).statusCode())
        .isEqualTo(204);
    Map<String, Object> variables = new TreeMap<>(runtime.getVariables(task.getProcessInstanceId()));

    var forged = tasklist.post(ENGINE + "/task/" + task.getId() + "/submit-form", """
        {"variables": {"orderDecision": {"value": "ACCEPT"}, "caseNumber": {"value": "GC19990101000001"},
                       "department": {"value": "HOUSING"}}}""", true);
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(forged.body());
    assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("caseNumber", "department");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(new TreeMap<>(runtime.getVariables(task.getProcessInstanceId()))).isEqualTo(variables);

    var signed = tasklist.post(ENGINE + "/task/" + task.getId() + "/submit-form",
        "{\"variables\": {\"orderDecision\": {\"value\": \"ACCEPT\"}}}", true);
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void aWritewithoutTheCsrfTokenIsRefusedAndTheUserStaysLoggedIn() throws Exception {
    Webapp tasklist = Webapp.login(port, "chen.zhihua", "tasklist");
    String session = tasklist.session();

    var withoutToken = tasklist.post(ENGINE + "/task/count", "{}", false);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");

    var wrongToken = tasklist.post(ENGINE + "/task/count", "{}", "not-the-token");
    assertThat(wrongToken.statusCode()).isEqualTo(403);

    assertThat(tasklist.loggedIn()).as("still logged in").isTrue();
    assertThat(tasklist.session()).as("the same session").isEqualTo(session);
    var withToken = tasklist.post(ENGINE + "/task/count", "{}", true);
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
  }

  /** A browser logged in to one of the webapps: its cookies, session and CSRF token. */
  record Webapp(int port, HttpClient browser, CookieManager cookies, String user) {

    static Webapp login(int port, String user, String app) throws Exception {
      var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      var webapp = new Webapp(port, HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, user);
      webapp.browser.send(HttpRequest.newBuilder(webapp.uri("/camunda/app/welcome/default/")).build(),
          HttpResponse.BodyHandlers.discarding());
      var login = webapp.browser.send(HttpRequest.newBuilder(webapp.uri("/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", webapp.token())
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Logins.PASSWORD))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertThat(webapp.loggedIn()).as("the app's first read hands out the session's token").isTrue();
      return webapp;
    }

    HttpResponse<String> post(String path, String body, boolean withToken) throws Exception {
      return post(path, body, withToken ? token() : null);
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
      var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the webapps still know the user (their own "who am I"). */
    boolean loggedIn() throws Exception {
      var me = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
          HttpResponse.BodyHandlers.ofString());
      return me.statusCode() == 200 && JSON.readTree(me.body()).path("userId").asText().equals(user);
    }

    String token() {
      return cookie("XSRF-TOKEN");
    }

    String session() {
      return cookie("JSESSIONID");
    }

    private String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
          .reduce((first, second) -> second).orElseThrow().getValue();
    }

    URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private String newHotlineCase() {
    var created = EngineRestFormValuesTest.post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases", """
        {"channel": "HOTLINE_12345", "title": "工地拖欠工资", "description": "丰乐路工地拖欠 20 名工人工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(Reports.GRID));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }
}
