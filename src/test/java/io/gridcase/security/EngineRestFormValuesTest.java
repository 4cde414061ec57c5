package io.gridcase.security;

import static io.gridcase.security.AuthorizationMatrixTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine REST writes a role may make carry only what that role may send: a task's variables
 * are fields of its own form (not the disabled ones showing the case number or the department),
 * a start form has no business key and only its fields, a town center reports its own town's
 * cases, only the lead department asks for more time, and a task is claimed by oneself. Each
 * refusal is a 4xx problem naming the field, and leaves the task, the variables and the case as
 * they were; the same request without the forged part goes through.
 */
@GridcaseTest
class EngineRestFormValuesTest {

  /** 石花社区第一网格, 台城街道: not zhao.min's town. */
  static final String OTHER_TOWN_GRID = "JM-TS-TAICHENG-01-01";

  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  @Test
  void aHandlerCompletesHerTaskWithTheFormsFieldsOnlyNotAnotherCasesNumberOrDepartment() {
    String caseNumber = newHotlineCase();
    String otherCase = newHotlineCase();
    Task task = signForTask(caseNumber);
    TestRestTemplate hrss = Logins.as(anonymous, "chen.zhihua");
    assertThat(post(hrss, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"chen.zhihua\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = variables(task.getProcessInstanceId());
    long journal = journal(caseNumber);
    long otherJournal = journal(otherCase);

    for (String action : List.of("complete", "submit-form")) {
      // Tasklist's shape: untyped values
      var forged = post(hrss, "/engine-rest/task/" + task.getId() + "/" + action, """
          {"variables": {"orderDecision": {"value": "ACCEPT"}, "caseNumber": {"value": "%s"},
                         "department": {"value": "HOUSING"}}}""".formatted(otherCase));
      assertProblem(forged, HttpStatus.BAD_REQUEST);
      assertThat(fields(forged)).as(action).containsExactlyInAnyOrder("caseNumber", "department");
      assertThat(forged.getBody().get("detail").asText()).contains("caseNumber", "department");

      var renamed = post(hrss, "/engine-rest/task/" + task.getId() + "/" + action,
          "{\"variables\": {\"orderDecision\": {\"value\": \"ACCEPT\"}, \"CaseNumber\": {\"value\": \"x\"}}}");
      assertProblem(renamed, HttpStatus.BAD_REQUEST);
      assertThat(fields(renamed)).containsExactly("CaseNumber");

      var twice = post(hrss, "/engine-rest/task/" + task.getId() + "/" + action,
          "{\"variables\": {\"orderDecision\": {\"value\": \"ACCEPT\"}}, \"variables\": {\"department\": {\"value\": \"HOUSING\"}}}");
      assertProblem(twice, HttpStatus.BAD_REQUEST);
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult()).as("the task is still open").isNotNull();
    assertThat(variables(task.getProcessInstanceId())).as("the order's variables").isEqualTo(variables);
    assertThat(journal(caseNumber)).isEqualTo(journal);
    assertThat(journal(otherCase)).as("nothing written into the other case").isEqualTo(otherJournal);

    var signed = post(hrss, "/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\": {\"orderDecision\": {\"value\": \"ACCEPT\"}}}");
    assertThat(signed.getStatusCode()).as(String.valueOf(signed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  void theTownCenterIsToldWhyARejectedOrderCannotGoBackToTheDepartmentThatRejectedIt() {
    String caseNumber = newHotlineCase();
    Task signFor = signForTask(caseNumber);
    TestRestTemplate hrss = Logins.as(anonymous, "chen.zhihua");
    post(hrss, "/engine-rest/task/" + signFor.getId() + "/claim", "{\"userId\": \"chen.zhihua\"}");
    var rejected = post(hrss, "/engine-rest/task/" + signFor.getId() + "/submit-form", """
        {"variables": {"orderDecision": {"value": "REJECT"}, "rejectionReason": {"value": "NOT_OUR_DUTY"}}}""");
    assertThat(rejected.getStatusCode()).as(String.valueOf(rejected.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    Task redispatch = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_RedispatchOrder").singleResult();
    TestRestTemplate center = Logins.as(anonymous, "zhao.min");
    post(center, "/engine-rest/task/" + redispatch.getId() + "/claim", "{\"userId\": \"zhao.min\"}");

    var back = post(center, "/engine-rest/task/" + redispatch.getId() + "/submit-form",
        "{\"variables\": {\"newDepartment\": {\"value\": \"HRSS\"}}}");

    assertThat(back.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(back.getBody().toString()).contains("newDepartment", "人力资源和社会保障局 已退回此工单").doesNotContain("HRSS");
    assertThat(tasks.createTaskQuery().taskId(redispatch.getId()).count()).as("the re-dispatch task stays").isOne();
  }

  @Test
  void aTaskIsClaimedByOneselfOnly() {
    Task task = signForTask(newHotlineCase());
    var forSomeoneElse = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/task/" + task.getId() + "/claim",
        "{\"userId\": \"liang.guodong\"}");
    assertProblem(forSomeoneElse, HttpStatus.FORBIDDEN);
    assertThat(fields(forSomeoneElse)).containsExactly("userId");
    var nobody = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/task/" + task.getId() + "/claim", "{}");
    assertProblem(nobody, HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void theReportFormStartsACaseWithItsOwnFieldsOnlyAndNeverWithACaseNumber() {
    TestRestTemplate intake = Logins.as(anonymous, "luo.xiaoyan");
    String existing = newHotlineCase();
    long instances = runtime.createProcessInstanceQuery().count();
    long historic = history.createHistoricProcessInstanceQuery().count();
    long cases = cases();

    var withBusinessKey = post(intake, "/engine-rest/process-definition/key/case-lifecycle/submit-form",
        "{\"businessKey\": \"" + existing + "\", \"variables\": " + reportForm(Reports.GRID) + "}");
    assertProblem(withBusinessKey, HttpStatus.BAD_REQUEST);
    assertThat(fields(withBusinessKey)).containsExactly("businessKey");

    // an existing case number used to end in a 500 from Task_RegisterCase
    var withCaseNumber = post(intake, "/engine-rest/process-definition/key/case-lifecycle/submit-form",
        "{\"variables\": " + reportForm(Reports.GRID).replace("{\"channel\"",
            "{\"caseNumber\": {\"value\": \"" + existing + "\"}, \"channel\"") + "}");
    assertProblem(withCaseNumber, HttpStatus.BAD_REQUEST);
    assertThat(fields(withCaseNumber)).containsExactly("caseNumber");
    var started = post(intake, "/engine-rest/process-definition/key/case-lifecycle/start",
        "{\"variables\": {\"caseNumber\": {\"value\": \"" + existing + "\"}}}");
    assertProblem(started, HttpStatus.FORBIDDEN);

    var unknownGrid = post(intake, "/engine-rest/process-definition/key/case-lifecycle/submit-form",
        "{\"variables\": " + reportForm("JM-XX-NOWHERE-01-01") + "}");
    assertProblem(unknownGrid, HttpStatus.BAD_REQUEST);
    assertThat(fields(unknownGrid)).containsExactly("gridCode");

    var otherTown = post(Logins.as(anonymous, "zhao.min"), "/engine-rest/process-definition/key/case-lifecycle/submit-form",
        "{\"variables\": " + reportForm(OTHER_TOWN_GRID) + "}");
    assertProblem(otherTown, HttpStatus.FORBIDDEN);
    assertThat(fields(otherTown)).containsExactly("gridCode");

    var byHandler = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/process-definition/key/case-lifecycle/submit-form",
        "{\"variables\": " + reportForm(Reports.GRID) + "}");
    assertProblem(byHandler, HttpStatus.FORBIDDEN);

    assertThat(runtime.createProcessInstanceQuery().count()).as("no new instance").isEqualTo(instances);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(historic);
    assertThat(cases()).as("no new case").isEqualTo(cases);

    for (String user : List.of("luo.xiaoyan", "zhao.min")) {
      var reported = post(Logins.as(anonymous, user), "/engine-rest/process-definition/key/case-lifecycle/submit-form",
          "{\"variables\": " + reportForm(Reports.GRID) + "}");
      assertThat(reported.getStatusCode()).as("%s: %s", user, reported.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(reported.getBody().get("businessKey").asText()).as("a case number made by Gridcase").startsWith("GC");
    }
    assertThat(cases()).isEqualTo(cases + 2);
  }

  @Test
  void onlyTheLeadDepartmentAsksForMoreTimeAndARefusalIsNotA500() {
    String caseNumber = newHotlineCase();
    long instances = runtime.createProcessInstanceQuery().count();
    long journal = journal(caseNumber);
    String form = """
        {"variables": {"caseNumber": {"value": "%s"}, "stage": {"value": "ACCEPT"}, "extendBy": {"value": "P1D"},
                       "extensionReason": {"value": "需要补充材料"}}}""";

    for (String user : List.of("liang.guodong", "lin.suzhen")) { // 住建局 has nothing, 司法局 co-handles only
      var refused = post(Logins.as(anonymous, user), "/engine-rest/process-definition/key/request-extension/submit-form",
          form.formatted(caseNumber));
      assertProblem(refused, HttpStatus.FORBIDDEN);
      assertThat(fields(refused)).as(user).containsExactly("caseNumber");
    }
    var unknownCase = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/process-definition/key/request-extension/submit-form",
        form.formatted("GC19990101999999"));
    assertProblem(unknownCase, HttpStatus.FORBIDDEN);
    var byIntake = post(Logins.as(anonymous, "luo.xiaoyan"), "/engine-rest/process-definition/key/request-extension/submit-form",
        form.formatted(caseNumber));
    assertProblem(byIntake, HttpStatus.FORBIDDEN);
    var extra = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/process-definition/key/request-extension/submit-form",
        form.formatted(caseNumber).replace("\"stage\"", "\"handler\": {\"value\": \"liang.guodong\"}, \"stage\""));
    assertProblem(extra, HttpStatus.BAD_REQUEST);
    assertThat(fields(extra)).containsExactly("handler");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(journal(caseNumber)).isEqualTo(journal);

    var asked = post(Logins.as(anonymous, "chen.zhihua"), "/engine-rest/process-definition/key/request-extension/submit-form",
        form.formatted(caseNumber));
    assertThat(asked.getStatusCode()).as(String.valueOf(asked.getBody())).isEqualTo(HttpStatus.OK);
  }

  @Test
  void noOtherProcessStartsFromAForm() {
    for (String process : List.of("department-order", "stage-deadline", "supervise-case", "weak-signal-alert")) {
      for (String user : List.of("luo.xiaoyan", "zhao.min", "chen.zhihua")) {
        var answer = post(Logins.as(anonymous, user), "/engine-rest/process-definition/key/" + process + "/submit-form",
            "{\"variables\": {}}");
        assertProblem(answer, HttpStatus.FORBIDDEN);
      }
    }
  }

  // --- helpers

  static String reportForm(String grid) {
    return """
        {"channel": {"value": "WALK_IN"}, "title": {"value": "窗口来访：邻居装修噪音"},
         "description": {"value": "楼上夜间装修噪音扰民"}, "gridCode": {"value": "%s"},
         "address": {"value": "丰乐路 90 号"}, "reporterName": {"value": "李四"},
         "reporterPhone": {"value": "13900139000"}, "anonymous": {"value": false}}""".formatted(grid);
  }

  private String newHotlineCase() {
    var created = post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases", """
        {"channel": "HOTLINE_12345", "title": "工地拖欠工资", "description": "丰乐路工地拖欠 20 名工人工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(Reports.GRID));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }

  private Task signForTask(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_SignForOrder")
        .taskCandidateGroup("dept-HRSS").singleResult();
  }

  private Map<String, Object> variables(String processInstanceId) {
    return new TreeMap<>(runtime.getVariables(processInstanceId));
  }

  private long journal(String caseNumber) {
    return jdbc.sql("select count(*) from case_event where case_number = ?").param(caseNumber).query(Long.class).single();
  }

  private long cases() {
    return jdbc.sql("select count(*) from case_record").query(Long.class).single();
  }

  static List<String> fields(ResponseEntity<JsonNode> problem) {
    List<String> fields = new ArrayList<>();
    problem.getBody().path("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }

  static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
