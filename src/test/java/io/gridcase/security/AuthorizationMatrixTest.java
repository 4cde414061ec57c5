package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Each role × each action, through the engine REST API and {@code /api}, on a fresh 12345 wage
 * arrears case (lead department HRSS 人社局, co-handler JUSTICE, town 环市街道, grid of chen.jianguo).
 * The task is the HRSS order's sign-for step. "N" on a read means the engine does not show it
 * (an authorized query filters it out: 404 for one, absent from a list); on a write it means 403.
 * Starting is the report form's submission ({@code /start} is nobody's, see
 * {@link EngineRestWriteAuthorizationTest}); Camunda's admin {@code demo} reads everything and
 * administers users and authorizations, but does no casework and deploys nothing (ADR 9).
 */
@GridcaseTest
class AuthorizationMatrixTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired io.gridcase.support.CaseDriver mediationCases;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeProbeDeployments() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    repository.createDeploymentQuery().deploymentSource("authorization-matrix").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // user              | list task | read task | claim | complete | start | read instance | list instances | deploy | api create | api read | api list | reporter contact | figures and drill-down
      "integrator-12345    | N | N | N | N | N | N | N | N | Y | Y | Y   | masked | N",
      "integrator-petition | N | N | N | N | N | N | N | N | N | N | N   | - | N",
      "luo.xiaoyan         | N | N | N | N | Y | N | N | N | Y | Y | Y   | full | N",
      "zhao.min            | N | N | N | N | Y | N | N | N | N | Y | Y   | full | N",
      "chen.zhihua         | Y | Y | Y | Y | N | N | N | N | N | Y | Y   | masked | N",
      "liang.guodong       | N | N | N | N | N | N | N | N | N | N | N   | - | N",
      "chen.jianguo        | N | N | N | N | N | N | N | N | N | Y | Y   | masked | N",
      "ye.wanting          | N | N | N | N | N | N | N | N | N | Y | Y   | full | N",
      "ou.weixiong         | Y | Y | N | N | N | Y | Y | N | N | Y | Y   | masked | Y",
      "zeng.zihao          | N | N | N | N | N | Y | Y | Y | N | N | 403 | - | N",
      "demo                | Y | Y | N | N | N | Y | Y | N | Y | Y | Y   | full | Y",
      "mo.tiaojie          | N | N | N | N | N | N | N | N | N | N | 403 | - | N",
  })
  void everyRoleMayDoExactlyItsOwnWork(
      String user, String listTask, String readTask, String claim, String complete, String start,
      String readInstance, String listInstances, String deploy, String apiCreate, String apiRead, String apiList,
      String contact, String figures) throws Exception {
    TestRestTemplate http = anonymous.withBasicAuth(user, user.equals("demo") ? "demo" : Logins.PASSWORD);
    String caseNumber = newHotlineCase();
    Task task = signForTask(caseNumber, "dept-HRSS");
    String instanceId = task.getProcessInstanceId();

    // engine REST: the department's task
    var listed = http.getForEntity(
        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=UserTask_SignForOrder",
        JsonNode.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ids(listed.getBody()).contains(task.getId())).as("%s lists the HRSS task", user).isEqualTo(yes(listTask));

    var read = http.getForEntity("/engine-rest/task/" + task.getId(), JsonNode.class);
    assertThat(read.getStatusCode().is2xxSuccessful()).as("%s reads the HRSS task", user).isEqualTo(yes(readTask));

    var claimed = post(http, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
    assertAllowedOrForbidden(claimed, claim, user + " claims the HRSS task");

    var completed = post(http, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"orderDecision\": {\"value\": \"ACCEPT\"}}}");
    assertAllowedOrForbidden(completed, complete, user + " completes the HRSS task");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(yes(complete) ? 0 : 1);

    // engine REST: cases as process instances, and deployments
    var started = post(http, "/engine-rest/process-definition/key/case-lifecycle/submit-form", startFormVariables());
    if (yes(start)) {
      assertThat(started.getStatusCode()).as("%s starts a case", user).isEqualTo(HttpStatus.OK);
    } else {
      assertThat(started.getStatusCode().value()).as("%s starts a case", user).isIn(403, 404);
    }

    var instance = http.getForEntity("/engine-rest/process-instance/" + instanceId, JsonNode.class);
    assertThat(instance.getStatusCode().is2xxSuccessful()).as("%s reads the case's instance", user)
        .isEqualTo(yes(readInstance));

    var instances = http.getForEntity("/engine-rest/process-instance?businessKey=" + caseNumber, JsonNode.class);
    assertThat(instances.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instances.getBody().size() > 0).as("%s lists the case's instances", user).isEqualTo(yes(listInstances));

    var deployed = deploy(http);
    assertAllowedOrForbidden(deployed, deploy, user + " deploys");

    // /api
    var created = post(http, "/api/cases", hotlineReport());
    assertThat(created.getStatusCode()).as("%s reports a 12345 case", user)
        .isEqualTo(yes(apiCreate) ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);

    var details = http.getForEntity("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(details.getStatusCode()).as("%s reads the case", user)
        .isEqualTo(yes(apiRead) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    if (yes(apiRead)) {
      assertThat(details.getBody().at("/reporter/phone").asText()).as("%s sees the reporter's phone", user)
          .isEqualTo(contact.equals("full") ? "13800138000" : "138****8000");
      assertThat(details.getBody().at("/reporter/email").asText())
          .isEqualTo(contact.equals("full") ? Reports.REPORTER_EMAIL : "w***@example.cn");
      assertThat(details.getBody().at("/parties/respondent/phone").asText()).as("%s sees the respondent's phone", user)
          .isEqualTo(contact.equals("full") ? "13712345678" : "137****5678");
      assertThat(details.getBody().at("/parties/applicant/phone").asText())
          .isEqualTo(contact.equals("full") ? "13800138000" : "138****8000");
    } else {
      assertProblem(details, HttpStatus.FORBIDDEN);
    }

    for (String path : List.of("/api/kpis", "/api/kpis/cases?figure=cases", "/api/kpis/cases?figure=rejectionRate&department=HRSS")) {
      var answer = http.getForEntity(path, JsonNode.class);
      if (yes(figures)) {
        assertThat(answer.getStatusCode()).as("%s reads %s", user, path).isEqualTo(HttpStatus.OK);
      } else {
        assertProblem(answer, HttpStatus.FORBIDDEN);
      }
    }

    var list = http.getForEntity("/api/cases?size=100", JsonNode.class);
    if (apiList.equals("403")) {
      assertProblem(list, HttpStatus.FORBIDDEN);
    } else {
      assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
      List<String> numbers = new ArrayList<>();
      list.getBody().get("items").forEach(item -> numbers.add(item.get("caseNumber").asText()));
      assertThat(numbers.contains(caseNumber)).as("%s lists the case", user).isEqualTo(yes(apiList));
    }
  }

  /**
   * The places a case may be reported in (Tasklist's grid picker): an intake clerk every town, a
   * town center its own, nobody else ("-": 403). Each answer lists the towns it gives.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // user              | towns listed
      "luo.xiaoyan         | JM-PJ-HUANSHI JM-PJ-BAISHA JM-TS-TAICHENG JM-TS-CHUANDAO JM-KP-CHANGSHA JM-KP-CHIKAN",
      "zhao.min            | JM-PJ-HUANSHI",
      "integrator-12345    | -",
      "chen.zhihua         | -",
      "chen.jianguo        | -",
      "ye.wanting          | -",
      "ou.weixiong         | -",
      "zeng.zihao          | -",
      "demo                | -",
  })
  void onlyThoseWhoReportCasesByHandGetThePlacesAndOnlyTheirTowns(String user, String towns) {
    TestRestTemplate http = anonymous.withBasicAuth(user, user.equals("demo") ? "demo" : Logins.PASSWORD);

    var places = http.getForEntity("/api/directory/places", JsonNode.class);

    if (towns.equals("-")) {
      assertProblem(places, HttpStatus.FORBIDDEN);
      return;
    }
    assertThat(places.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> listed = new ArrayList<>();
    places.getBody().get("counties").forEach(county -> county.get("towns").forEach(town -> listed.add(town.get("code").asText())));
    assertThat(listed).as("%s gets the towns", user).doesNotHaveDuplicates().containsAll(List.of(towns.split(" ")));
    if (!user.equals("luo.xiaoyan")) {
      assertThat(listed).as("a town center gets its own town only").containsExactly(towns.split(" "));
    }
    JsonNode huanshi = places.getBody().findValues("towns").stream()
        .flatMap(list -> java.util.stream.StreamSupport.stream(list.spliterator(), false))
        .filter(town -> town.get("code").asText().equals("JM-PJ-HUANSHI")).findFirst().orElseThrow();
    assertThat(huanshi.get("name").asText()).isEqualTo("环市街道");
    assertThat(huanshi.findValues("grids").stream().flatMap(g -> java.util.stream.StreamSupport.stream(g.spliterator(), false))
        .map(grid -> grid.get("code").asText())).contains(Reports.GRID);
  }

  @Test
  void aHandlerOfAnotherDepartmentCannotListClaimOrCompleteTheTask() {
    String caseNumber = newHotlineCase();
    Task task = signForTask(caseNumber, "dept-HRSS");
    TestRestTemplate housing = Logins.as(anonymous, "liang.guodong");

    var listed = housing.getForEntity("/engine-rest/task?candidateGroup=dept-HRSS", JsonNode.class);
    assertThat(ids(listed.getBody())).doesNotContain(task.getId());
    var count = housing.getForEntity("/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber, JsonNode.class);
    assertThat(count.getBody().get("count").asLong()).isZero();
    assertProblem(post(housing, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"liang.guodong\"}"),
        HttpStatus.FORBIDDEN);
    assertProblem(post(housing, "/engine-rest/task/" + task.getId() + "/complete", "{}"), HttpStatus.FORBIDDEN);
    assertProblem(post(housing, "/engine-rest/task/" + task.getId() + "/submit-form", "{}"), HttpStatus.FORBIDDEN);
    assertThat(housing.getForEntity("/engine-rest/task/" + task.getId() + "/form-variables", String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void anonymousCallersGet401WithAProblemBody() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/deployment",
        "/api/cases", "/api/cases/GC19990101000001", "/api/directory/places", "/v3/api-docs", "/actuator/metrics")) {
      var answer = anonymous.getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(answer.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
    }
    assertProblem(post(anonymous, "/api/cases", hotlineReport()), HttpStatus.UNAUTHORIZED);
    assertProblem(post(anonymous, "/engine-rest/process-definition/key/case-lifecycle/start", "{}"),
        HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordIsA401AndSaysNothingMore() {
    TestRestTemplate wrong = anonymous.withBasicAuth("no.such.user", "guess");
    assertProblem(wrong.getForEntity("/api/cases", JsonNode.class), HttpStatus.UNAUTHORIZED);
    assertProblem(wrong.getForEntity("/engine-rest/task", JsonNode.class), HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anIntegratorReportsAndListsOnlyItsOwnChannel() {
    TestRestTemplate petition = Logins.as(anonymous, "integrator-petition");
    var refused = post(petition, "/api/cases", hotlineReport());
    assertProblem(refused, HttpStatus.FORBIDDEN);
    var own = post(petition, "/api/cases", hotlineReport().replace("HOTLINE_12345", "PETITION"));
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertProblem(petition.getForEntity("/api/cases?channel=HOTLINE_12345", JsonNode.class), HttpStatus.FORBIDDEN);
    var list = petition.getForEntity("/api/cases?size=100", JsonNode.class);
    assertThat(list.getBody().get("items")).isNotEmpty()
        .allSatisfy(item -> assertThat(item.get("channel").asText()).isEqualTo("PETITION"));
    var hotline = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).getForEntity("/api/cases?size=100", JsonNode.class);
    assertThat(hotline.getBody().get("items"))
        .allSatisfy(item -> assertThat(item.get("channel").asText()).isEqualTo("HOTLINE_12345"));
    String petitionCase = own.getBody().get("caseNumber").asText();
    assertProblem(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).getForEntity("/api/cases/" + petitionCase, JsonNode.class),
        HttpStatus.FORBIDDEN);
    assertProblem(post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases/" + petitionCase + "/cancellation",
        "{\"reason\": \"不是我的\"}"), HttpStatus.FORBIDDEN);
  }

  /**
   * A people's mediator (人民调解员) reads a case while an open mediation task of it is offered to
   * their pool or assigned to them, with the reporter's contact in full (they call the parties);
   * another town's mediator does not; after the task is done the access ends; no list (ADR 27).
   */
  @Test
  void aMediatorReadsTheCaseOnlyWhileHoldingItsMediationTask() {
    String caseNumber = mediationCases.report(
        Reports.report(io.gridcase.intake.Channel.GRID_REPORT, null, "邻里纠纷：晾衣滴水", "楼上晾衣滴水到楼下", Reports.REPORTER_EMAIL));
    mediationCases.complete(caseNumber, "UserTask_ResolveOnTheSpot", Reports.TOWN_CENTER, Reports.GRID_WORKER,
        java.util.Map.of("resolvedOnTheSpot", false, "resultSummary", "劝解无果"));
    Task village = mediationCases.task(caseNumber, "UserTask_MediateDispute", "mediators-JM-PJ-HUANSHI-NEIGHBOUR");
    TestRestTemplate mediator = Logins.as(anonymous, "mo.tiaojie");

    var offered = mediator.getForEntity("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(offered.getStatusCode()).as("offered to the pool").isEqualTo(HttpStatus.OK);
    assertThat(offered.getBody().at("/reporter/phone").asText()).isEqualTo("13800138000");
    assertThat(offered.getBody().at("/place/address").asText()).isEqualTo("蓬江区丰乐路 88 号");
    assertProblem(Logins.as(anonymous, "kuang.heping").getForEntity("/api/cases/" + caseNumber, JsonNode.class),
        HttpStatus.FORBIDDEN);
    assertProblem(mediator.getForEntity("/api/cases?size=100", JsonNode.class), HttpStatus.FORBIDDEN);

    assertThat(post(mediator, "/engine-rest/task/" + village.getId() + "/claim", "{\"userId\": \"mo.tiaojie\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(mediator.getForEntity("/api/cases/" + caseNumber, JsonNode.class).getStatusCode())
        .as("assigned to the mediator").isEqualTo(HttpStatus.OK);
    assertThat(post(mediator, "/engine-rest/task/" + village.getId() + "/submit-form",
        "{\"variables\": {\"mediationOutcome\": {\"value\": \"PASS_UP\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertProblem(mediator.getForEntity("/api/cases/" + caseNumber, JsonNode.class), HttpStatus.FORBIDDEN);
    assertThat(Logins.as(anonymous, Reports.GRID_WORKER).getForEntity("/api/cases/" + caseNumber, JsonNode.class)
        .getBody().at("/reporter/phone").asText()).as("nobody else's masking changes").isEqualTo("138****8000");
  }

  // --- helpers

  private String newHotlineCase() {
    var created = post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases", hotlineReport());
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }

  private Task signForTask(String caseNumber, String group) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").taskCandidateGroup(group).singleResult();
    assertThat(task).as("sign-for task of %s on %s", group, caseNumber).isNotNull();
    return task;
  }

  private static String hotlineReport() {
    return """
        {"channel": "HOTLINE_12345", "title": "工地拖欠工资", "description": "丰乐路工地拖欠 20 名工人工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "email": "%s", "anonymous": false},
         "respondent": {"name": "工地老板", "phone": "13712345678"}}
        """.formatted(Reports.GRID, Reports.REPORTER_EMAIL);
  }

  private static String startFormVariables() {
    return """
        {"variables": {
          "channel": {"value": "WALK_IN"}, "title": {"value": "窗口来访：邻居装修噪音"},
          "description": {"value": "楼上夜间装修噪音扰民"}, "gridCode": {"value": "%s"},
          "address": {"value": "丰乐路 90 号"}, "reporterName": {"value": "李四"},
          "reporterPhone": {"value": "13900139000"}, "anonymous": {"value": false, "type": "Boolean"}}}
        """.formatted(Reports.GRID);
  }

  private ResponseEntity<JsonNode> deploy(TestRestTemplate http) {
    var form = """
        {"id": "matrix-probe-%s", "type": "default", "schemaVersion": 16, "components": []}
        """.formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "matrix-probe");
    body.add("deployment-source", "authorization-matrix");
    body.add("data", new ByteArrayResource(form) {
      @Override
      public String getFilename() {
        return "matrix-probe.form";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var answer = http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    if (answer.getStatusCode().is2xxSuccessful()) {
      deployments.add(answer.getBody().get("id").asText());
    }
    return answer;
  }

  private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  private static boolean yes(String expected) {
    return expected.equals("Y");
  }

  private static void assertAllowedOrForbidden(ResponseEntity<JsonNode> answer, String expected, String what) {
    if (yes(expected)) {
      assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s: %s", what, answer).isTrue();
    } else {
      assertProblem(answer, HttpStatus.FORBIDDEN);
    }
  }

  static void assertProblem(ResponseEntity<?> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    String body = String.valueOf(answer.getBody());
    assertThat(body).contains("\"status\":" + status.value()).doesNotContain("Exception", "SQL", "at org.", "at io.");
  }
}
