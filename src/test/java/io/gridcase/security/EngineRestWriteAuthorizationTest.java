package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Every engine REST write that is nobody's to make, by every role, against one case of another
 * department and town (an illegal construction in 台城街道, Taishan: lead 城管局, no demo handler's
 * department, no demo center's town): each is refused with 403 and a problem naming the endpoint,
 * and nothing changed (the case's instances, tasks, variables and jobs, the case record and its
 * journal, the number of instances and deployments). The writes some role may make (task forms,
 * start forms, claims) are tried with what they may not carry in {@link EngineRestFormValuesTest}.
 */
@GridcaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestWriteAuthorizationTest {

  static final List<String> USERS = List.of("integrator-12345", "luo.xiaoyan", "zhao.min", "chen.zhihua",
      "liang.guodong", "chen.jianguo", "ye.wanting", "ou.weixiong", "zeng.zihao", "demo");

  /** 石花社区第一网格, 台城街道, 台山市. */
  static final String TAICHENG_GRID = "JM-TS-TAICHENG-01-01";

  @Autowired TestRestTemplate anonymous;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired JdbcClient jdbc;

  String caseNumber;
  String lifecycleId;
  String lifecycleDefinitionId;
  String taskId;
  String jobId;
  List<String> instances;
  /** The case as it stood before the first probe: every probe must leave it so. */
  State untouched;

  /** Once for the class, in the first test (process coverage records only within tests). */
  @BeforeEach
  void oneCaseOfAnotherDepartmentAndTown() {
    if (caseNumber != null) {
      return;
    }
    var created = post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases", """
        {"channel": "HOTLINE_12345", "category": "ILLEGAL_CONSTRUCTION", "title": "楼顶违法加建",
         "description": "石花社区某楼顶违法加建两层", "location": {"gridCode": "%s", "address": "石花路 3 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(TAICHENG_GRID));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    caseNumber = created.getBody().get("caseNumber").asText();
    ProcessInstance lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("case-lifecycle")
        .processInstanceBusinessKey(caseNumber).singleResult();
    lifecycleId = lifecycle.getId();
    lifecycleDefinitionId = lifecycle.getProcessDefinitionId();
    Task task = tasks.createTaskQuery().processInstanceIdIn(caseInstances().toArray(String[]::new))
        .taskCandidateGroup("dept-URBAN_MGMT").list().stream().findFirst().orElseThrow();
    taskId = task.getId();
    instances = caseInstances();
    assertThat(instances).as("lifecycle, the 城管局 order, its stage watches").hasSizeGreaterThanOrEqualTo(3);
    jobId = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
        .findFirst().orElseThrow().getId();
    untouched = state();
  }

  /** One endpoint nobody may call, with a body that would do harm if it got through. */
  record Probe(String name, HttpMethod method, String path, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  List<Probe> probes() {
    String start = """
        {"variables": {"caseNumber": {"value": "CASE"}, "gridCode": {"value": "%s"}}}""".formatted(TAICHENG_GRID);
    String closeIt = """
        {"businessKey": "CASE", "variables": {"caseNumber": {"value": "CASE"}},
         "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_CloseCase"}]}
        """;
    String variables = """
        {"modifications": {"department": {"value": "HOUSING"}, "caseNumber": {"value": "GC19990101000001"}}}""";
    String value = """
        {"value": "HOUSING", "type": "String"}""";
    List<Probe> probes = new ArrayList<>(List.of(
        new Probe("start case-lifecycle", HttpMethod.POST, "/process-definition/key/case-lifecycle/start", start),
        new Probe("start case-lifecycle at Task_CloseCase", HttpMethod.POST, "/process-definition/key/case-lifecycle/start", closeIt),
        new Probe("start case-lifecycle by id", HttpMethod.POST, "/process-definition/DEFINITION/start", start),
        new Probe("start case-lifecycle by named engine", HttpMethod.POST,
            "/engine/default/process-definition/key/case-lifecycle/start", closeIt),
        new Probe("restart case-lifecycle", HttpMethod.POST, "/process-definition/key/case-lifecycle/restart",
            "{\"processInstanceIds\": [\"INSTANCE\"], \"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_CloseCase\"}]}"),
        new Probe("suspend case-lifecycle", HttpMethod.PUT, "/process-definition/key/case-lifecycle/suspended",
            "{\"suspended\": true, \"includeProcessInstances\": true}"),
        new Probe("modify the instance", HttpMethod.POST, "/process-instance/INSTANCE/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_CloseCase\"}]}"),
        new Probe("modify the instance async", HttpMethod.POST, "/process-instance/INSTANCE/modification-async",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_CloseCase\"}]}"),
        new Probe("modification batch", HttpMethod.POST, "/modification/execute",
            "{\"processDefinitionId\": \"DEFINITION\", \"processInstanceIds\": [\"INSTANCE\"], \"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_CloseCase\"}]}"),
        new Probe("suspend the instance", HttpMethod.PUT, "/process-instance/INSTANCE/suspended", "{\"suspended\": true}"),
        new Probe("delete the instance", HttpMethod.DELETE, "/process-instance/INSTANCE", null),
        new Probe("delete instances in a batch", HttpMethod.POST, "/process-instance/delete",
            "{\"processInstanceIds\": [\"INSTANCE\"], \"deleteReason\": \"x\"}"),
        new Probe("correlate CaseCancelled", HttpMethod.POST, "/message",
            "{\"messageName\": \"CaseCancelled\", \"businessKey\": \"CASE\", \"all\": true}"),
        new Probe("correlate in a batch", HttpMethod.POST, "/process-instance/message-async",
            "{\"messageName\": \"CaseCancelled\", \"processInstanceIds\": [\"INSTANCE\"]}"),
        new Probe("signal", HttpMethod.POST, "/signal", "{\"name\": \"anything\"}"),
        new Probe("trigger a message subscription", HttpMethod.POST,
            "/execution/INSTANCE/messageSubscriptions/CaseCancelled/trigger", "{}"),
        new Probe("signal an execution", HttpMethod.POST, "/execution/INSTANCE/signal", "{}"),
        new Probe("evaluate conditions", HttpMethod.POST, "/condition", "{\"variables\": {}}"),
        new Probe("execute the deadline job", HttpMethod.POST, "/job/JOB/execute", null),
        new Probe("move the job's due date", HttpMethod.PUT, "/job/JOB/duedate", "{\"duedate\": \"2099-01-01T00:00:00.000+0000\"}"),
        new Probe("suspend the job", HttpMethod.PUT, "/job/JOB/suspended", "{\"suspended\": true}"),
        new Probe("set job retries in a batch", HttpMethod.POST, "/job/retries", "{\"jobIds\": [\"JOB\"], \"retries\": 0}"),
        new Probe("delete the job", HttpMethod.DELETE, "/job/JOB", null),
        new Probe("instance variables", HttpMethod.POST, "/process-instance/INSTANCE/variables", variables),
        new Probe("instance variable", HttpMethod.PUT, "/process-instance/INSTANCE/variables/department", value),
        new Probe("remove an instance variable", HttpMethod.DELETE, "/process-instance/INSTANCE/variables/caseNumber", null),
        new Probe("instance variables in a batch", HttpMethod.POST, "/process-instance/variables-async",
            "{\"processInstanceIds\": [\"INSTANCE\"], \"variables\": {\"department\": {\"value\": \"HOUSING\"}}}"),
        new Probe("execution variable", HttpMethod.PUT, "/execution/INSTANCE/localVariables/department", value),
        new Probe("task variables", HttpMethod.POST, "/task/TASK/variables", variables),
        new Probe("task variable", HttpMethod.PUT, "/task/TASK/variables/department", value),
        new Probe("task local variables", HttpMethod.POST, "/task/TASK/localVariables", variables),
        new Probe("assign the task", HttpMethod.POST, "/task/TASK/assignee", "{\"userId\": \"liang.guodong\"}"),
        new Probe("delegate the task", HttpMethod.POST, "/task/TASK/delegate", "{\"userId\": \"liang.guodong\"}"),
        new Probe("add a candidate group", HttpMethod.POST, "/task/TASK/identity-links",
            "{\"groupId\": \"dept-HOUSING\", \"type\": \"candidate\"}"),
        new Probe("update the task", HttpMethod.PUT, "/task/TASK", "{\"name\": \"x\", \"due\": \"2099-01-01T00:00:00.000+0000\"}"),
        new Probe("throw a BPMN error on the task", HttpMethod.POST, "/task/TASK/bpmnError", "{\"errorCode\": \"x\"}"),
        new Probe("delete the task", HttpMethod.DELETE, "/task/TASK", null),
        new Probe("create a task", HttpMethod.POST, "/task/create", "{\"id\": \"probe\", \"name\": \"x\"}"),
        new Probe("delete history", HttpMethod.POST, "/history/process-instance/delete",
            "{\"historicProcessInstanceIds\": [\"INSTANCE\"]}"),
        new Probe("remove historic variables", HttpMethod.DELETE, "/history/process-instance/INSTANCE/variable-instances", null),
        new Probe("run history cleanup", HttpMethod.POST, "/history/cleanup", null),
        new Probe("fetch external tasks", HttpMethod.POST, "/external-task/fetchAndLock",
            "{\"workerId\": \"w\", \"maxTasks\": 1, \"topics\": [{\"topicName\": \"x\", \"lockDuration\": 1000}]}"),
        new Probe("complete an external task", HttpMethod.POST, "/external-task/anything/complete", "{\"workerId\": \"w\"}"),
        new Probe("redeploy", HttpMethod.POST, "/deployment/anything/redeploy", "{}"),
        new Probe("verify a password", HttpMethod.POST, "/identity/verify", "{\"username\": \"demo\", \"password\": \"demo\"}")));
    for (String process : List.of("department-order", "stage-deadline", "supervise-case", "weak-signal-alert", "request-extension")) {
      probes.add(new Probe("start " + process, HttpMethod.POST, "/process-definition/key/" + process + "/start", start));
    }
    return probes;
  }

  /** Writes some role may make, refused for every other role: (probe, the roles that may). */
  Map<Probe, Set<String>> restricted() {
    return Map.of(
        new Probe("deploy", HttpMethod.POST, "/deployment/create", null), Set.of("zeng.zihao"),
        new Probe("evaluate a decision", HttpMethod.POST, "/decision-definition/key/case-triage/evaluate",
            "{\"variables\": {}}"), Set.of("zeng.zihao"),
        new Probe("migrate", HttpMethod.POST, "/migration/execute", "{\"migrationPlan\": {}, \"processInstanceIds\": []}"),
        Set.of("zeng.zihao"),
        new Probe("create a user", HttpMethod.POST, "/user/create",
            "{\"profile\": {\"id\": \"probe-user\"}, \"credentials\": {\"password\": \"probe-password-1\"}}"), Set.of("demo"),
        new Probe("grant an authorization", HttpMethod.POST, "/authorization/create",
            "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"liang.guodong\", \"resourceType\": 0, \"resourceId\": \"*\"}"),
        Set.of("demo"),
        new Probe("join a group", HttpMethod.PUT, "/group/designers/members/liang.guodong", null), Set.of("demo"),
        new Probe("retry the job", HttpMethod.PUT, "/job/JOB/retries", "{\"retries\": 0}"), Set.of("demo"));
  }

  /** Each probe with the roles that may not make it: all of them but those a restricted write is for. */
  Stream<Arguments> everyForbiddenWrite() {
    List<Arguments> arguments = new ArrayList<>();
    probes().forEach(probe -> arguments.add(Arguments.of(probe, USERS)));
    restricted().forEach((probe, may) ->
        arguments.add(Arguments.of(probe, USERS.stream().filter(user -> !may.contains(user)).toList())));
    return arguments.stream();
  }

  /** Role × endpoint: the roles are tried in turn on one probe, each failure reported with its role. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyForbiddenWrite")
  void isRefusedForEveryRoleAndChangesNothing(Probe probe, List<String> users) {
    String path = resolve(probe.path());
    String endpoint = probe.method().name() + " " + path.replace("/engine/default", "");
    SoftAssertions softly = new SoftAssertions();
    for (String user : users) {
      var answer = send(as(user), probe.method(), "/engine-rest" + path, resolve(probe.body()));
      softly.assertThat(answer.getStatusCode()).as("%s %s by %s: %s", probe.method(), path, user, answer.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(answer.getHeaders().getContentType()).as("%s: problem", user).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode body = answer.getBody() == null ? MissingNode.getInstance() : answer.getBody();
      softly.assertThat(body.path("endpoint").asText()).as("%s: the problem names the endpoint", user).isEqualTo(endpoint);
      softly.assertThat(body.path("detail").asText()).as("%s: the problem points to ADR 9", user).contains("ADR 9");
      softly.assertThat(state()).as("nothing changed after %s by %s", probe, user).isEqualTo(untouched);
    }
    softly.assertAll();
  }

  /** The probes name the case's ids by placeholders: the case is made in the first test. */
  String resolve(String template) {
    return template == null ? null : template.replace("DEFINITION", lifecycleDefinitionId).replace("INSTANCE", lifecycleId)
        .replace("TASK", taskId).replace("JOB", jobId).replace("CASE", caseNumber);
  }

  @Test
  void anonymousWritesAreAskedToLogIn() {
    var answer = send(anonymous, HttpMethod.POST, "/engine-rest/process-definition/key/case-lifecycle/start", "{}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPathThatTheContainerAndJerseyMightReadApartIsRefused() {
    for (String path : List.of(
        "/engine-rest/task/" + taskId + "/claim/../../../process-definition/key/case-lifecycle/start",
        "/engine-rest/task/" + taskId + "/claim;x=y",
        "/engine-rest//process-definition/key/case-lifecycle/start")) {
      var answer = send(as("chen.zhihua"), HttpMethod.POST, path, "{\"userId\": \"chen.zhihua\"}");
      assertThat(answer.getStatusCode().value()).as(path).isIn(400, 403, 404);
      assertThat(answer.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(state()).isEqualTo(untouched);
  }

  @Test
  void readsStillPassForEveryRole() {
    for (String user : USERS) {
      TestRestTemplate http = as(user);
      assertThat(send(http, HttpMethod.POST, "/engine-rest/task", "{}").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(send(http, HttpMethod.POST, "/engine-rest/task/count", "{}").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(send(http, HttpMethod.POST, "/engine-rest/process-instance/count", "{}").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
      assertThat(send(http, HttpMethod.POST, "/engine-rest/history/task/count", "{}").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.OK);
      assertThat(http.getForEntity("/engine-rest/process-definition?key=case-lifecycle", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
  }

  // --- what must not change

  record State(
      Map<String, String> variables, List<String> tasks, List<String> jobs,
      Map<String, Object> caseRecord, long journal, long allInstances, long allHistoricInstances, long deployments,
      long users, long authorizations) {}

  State state() {
    assertThat(caseInstances()).as("the case's instances").isEqualTo(instances);
    Map<String, String> variables = new TreeMap<>();
    for (String id : instances) {
      runtime.getVariables(id).forEach((name, value) -> variables.put(id + "/" + name, String.valueOf(value)));
    }
    List<String> taskList = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
        .map(t -> t.getId() + ":" + t.getTaskDefinitionKey() + ":" + t.getAssignee() + ":" + t.getDueDate() + ":"
            + t.isSuspended() + ":" + t.getName())
        .sorted().toList();
    List<String> jobs = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
        .map(EngineRestWriteAuthorizationTest::describe).sorted().toList();
    Map<String, Object> record = new TreeMap<>(jdbc.sql("select * from case_record where case_number = ?")
        .param(caseNumber).query().singleRow());
    long journal = jdbc.sql("select count(*) from case_event where case_number = ?").param(caseNumber).query(Long.class).single();
    return new State(variables, taskList, jobs, record, journal,
        runtime.createProcessInstanceQuery().count(), history.createHistoricProcessInstanceQuery().count(),
        repository.createDeploymentQuery().count(),
        jdbc.sql("select count(*) from act_id_user").query(Long.class).single(),
        jdbc.sql("select count(*) from act_ru_authorization").query(Long.class).single());
  }

  private static String describe(Job job) {
    return job.getId() + ":" + job.getDuedate() + ":" + job.getRetries() + ":" + job.isSuspended();
  }

  /** The case's instances: the lifecycle, its orders and stage watches (all carry the case number as business key). */
  private List<String> caseInstances() {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(ProcessInstance::getId).sorted().toList();
  }

  // --- HTTP

  TestRestTemplate as(String user) {
    return anonymous.withBasicAuth(user, user.equals("demo") ? "demo" : Logins.PASSWORD);
  }

  static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String body) {
    return send(http, HttpMethod.POST, path, body);
  }

  static ResponseEntity<JsonNode> send(TestRestTemplate http, HttpMethod method, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
