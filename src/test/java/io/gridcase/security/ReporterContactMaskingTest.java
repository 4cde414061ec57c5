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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 4: an intake clerk files a case from the Tasklist start form ({@code report-case},
 * engine REST {@code submit-form}) with the reporter's name, phone and email. The case record keeps
 * them; no read path of the engine shows them, to a supervisor or to the admin, because the engine
 * never stores them: history details (form fields and variable updates), historic and runtime
 * variables, task and form variables, the operation log, decision history, Cockpit's own API, and
 * the exports of {@code /api}.
 */
@GridcaseTest
class ReporterContactMaskingTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  final HttpClient client = HttpClient.newHttpClient();
  final SoftAssertions softly = new SoftAssertions();
  String name;
  String phone;
  String email;

  @BeforeEach
  void aReporterNoTestHasSeenBefore() {
    var random = ThreadLocalRandom.current();
    String hanzi = "芷若婉清语嫣灵珊盈盈";
    name = "欧阳" + hanzi.charAt(random.nextInt(hanzi.length())) + hanzi.charAt(random.nextInt(hanzi.length()))
        + hanzi.charAt(random.nextInt(hanzi.length()));
    phone = "139" + (10_000_000 + random.nextInt(90_000_000));
    email = "reporter" + random.nextInt(1_000_000, 9_999_999) + "@example.cn";
  }

  @Test
  void aCaseFiledFromTheStartFormShowsTheContactNowhereInTheEngine() throws Exception {
    String caseNumber = fileFromTheStartForm();
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
        .stream().map(ProcessInstance::getId).toList();
    assertThat(instances).as("the lifecycle and its orders and watches").hasSizeGreaterThan(1);

    JsonNode record = getJson("luo.xiaoyan", Logins.PASSWORD, "/api/cases/" + caseNumber);
    assertThat(record.at("/reporter/name").asText()).as("the case record keeps the contact").isEqualTo(name);
    assertThat(record.at("/reporter/phone").asText()).isEqualTo(phone);
    assertThat(record.at("/reporter/email").asText()).isEqualTo(email);

    for (String user : List.of("ou.weixiong", "demo")) {
      String password = user.equals("demo") ? "demo" : Logins.PASSWORD;
      for (String path : enginePaths(caseNumber, instances)) {
        assertNoContact(user, path, get(user, password, path));
      }
      for (String path : List.of("/api/cases?size=100", "/api/kpis.csv?groupBy=grid", "/api/kpis?groupBy=channel",
          "/api/kpis/overdue-cases", "/actuator/prometheus")) {
        assertNoContact(user, path, get(user, password, path));
      }
    }
    String masked = "/api/cases/" + caseNumber;
    assertNoContact("ou.weixiong", masked, get("ou.weixiong", Logins.PASSWORD, masked));
    for (String path : cockpitPaths(instances)) {
      assertNoContact("ou.weixiong in Cockpit", path, cockpit().apply(path));
    }
    softly.assertThat(engineRowsHolding(phone, name, email)).as("rows of ACT_* tables holding the contact").isEmpty();
    softly.assertAll();
  }

  /** Submits the Tasklist start form as the intake clerk, as Tasklist does; the case's number. */
  String fileFromTheStartForm() throws Exception {
    String form = """
        {"variables": {
          "channel": {"value": "WALK_IN"}, "reportedCategory": {"value": "WAGE_ARREARS"},
          "title": {"value": "窗口来访：工地拖欠工资"}, "description": {"value": "丰乐路工地拖欠 20 名工人工资"},
          "gridCode": {"value": "%s"}, "address": {"value": "丰乐路 90 号"},
          "anonymous": {"value": false, "type": "Boolean"}, "overseasChinese": {"value": false, "type": "Boolean"},
          "reporterName": {"value": "%s"}, "reporterPhone": {"value": "%s"}, "reporterEmail": {"value": "%s"}}}
        """.formatted(Reports.GRID, name, phone, email);
    var answer = client.send(HttpRequest.newBuilder(uri("/engine-rest/process-definition/key/case-lifecycle/submit-form"))
        .header("Authorization", Logins.basic("luo.xiaoyan", Logins.PASSWORD))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String instanceId = json.readTree(answer.body()).get("id").asText();
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
  }

  /** Every engine REST read that shows values of a case's instances, its tasks and its history. */
  List<String> enginePaths(String caseNumber, List<String> instances) {
    List<String> paths = new ArrayList<>();
    for (String id : instances) {
      paths.addAll(List.of(
          "/engine-rest/history/detail?processInstanceId=" + id,
          "/engine-rest/history/detail?processInstanceId=" + id + "&formFields=true",
          "/engine-rest/history/variable-instance?processInstanceId=" + id,
          "/engine-rest/history/variable-instance?processInstanceId=" + id + "&includeDeleted=true",
          "/engine-rest/variable-instance?processInstanceIdIn=" + id,
          "/engine-rest/process-instance/" + id + "/variables",
          "/engine-rest/history/user-operation?processInstanceId=" + id,
          "/engine-rest/history/decision-instance?processInstanceId=" + id + "&includeInputs=true&includeOutputs=true",
          "/engine-rest/history/job-log?processInstanceId=" + id,
          "/engine-rest/history/incident?processInstanceId=" + id,
          "/engine-rest/history/task?processInstanceId=" + id,
          "/engine-rest/history/process-instance/" + id,
          "/engine-rest/process-instance/" + id + "/activity-instances"));
    }
    paths.addAll(List.of(
        "/engine-rest/history/detail?variableName=reporterPhone",
        "/engine-rest/history/variable-instance?variableName=reporterPhone",
        "/engine-rest/history/user-operation?entityType=Variable",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber,
        "/engine-rest/process-instance?businessKey=" + caseNumber));
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      paths.addAll(List.of(
          "/engine-rest/task/" + task.getId(),
          "/engine-rest/task/" + task.getId() + "/variables",
          "/engine-rest/task/" + task.getId() + "/form-variables",
          "/engine-rest/task/" + task.getId() + "/localVariables",
          "/engine-rest/task/" + task.getId() + "/deployed-form"));
    }
    return paths;
  }

  /** What Cockpit's pages read about the instances, through the webapps' own engine API. */
  static List<String> cockpitPaths(List<String> instances) {
    List<String> paths = new ArrayList<>();
    for (String id : instances) {
      paths.addAll(List.of(
          "/camunda/api/engine/engine/default/history/detail?processInstanceId=" + id,
          "/camunda/api/engine/engine/default/history/variable-instance?processInstanceId=" + id,
          "/camunda/api/engine/engine/default/variable-instance?processInstanceIdIn=" + id,
          "/camunda/api/engine/engine/default/history/user-operation?processInstanceId=" + id));
    }
    return paths;
  }

  void assertNoContact(String user, String path, HttpResponse<String> answer) {
    softly.assertThat(answer.statusCode()).as("%s GET %s: %s", user, path, answer.body()).isLessThan(500);
    softly.assertThat(answer.body()).as("%s GET %s", user, path).doesNotContain(phone, name, email);
  }

  /** Every row of Camunda's tables holding one of the values, as {@code TABLE: row}. */
  List<String> engineRowsHolding(String... values) {
    List<String> found = new ArrayList<>();
    List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_name like 'ACT\\_%'")
        .query(String.class).list();
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
        for (Object cell : row.values()) {
          String text = cell instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(cell);
          for (String value : values) {
            if (text.contains(value)) {
              found.add(table + ": " + row);
            }
          }
        }
      }
    }
    return found;
  }

  HttpResponse<String> get(String user, String password, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", Logins.basic(user, password))
        .header("Accept", path.contains(".csv") ? "text/csv" : "application/json, text/plain, */*").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String user, String password, String path) throws Exception {
    var answer = get(user, password, path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  /** A supervisor logged in to Cockpit: reads with the webapps' session and CSRF token. */
  CheckedGet cockpit() throws Exception {
    var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    var login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=ou.weixiong&password=gridcase"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return path -> browser.send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", xsrf)
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }

  interface CheckedGet {
    HttpResponse<String> apply(String path) throws Exception;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
