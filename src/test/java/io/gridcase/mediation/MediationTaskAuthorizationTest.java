package io.gridcase.mediation;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.engine.DisputeMediationProcess;
import io.gridcase.intake.Channel;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.List;
import java.util.Map;
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

/**
 * Only the level's mediators may take and decide a level's mediation, through the engine REST API as
 * Tasklist calls it: the town center, a department and another town's mediators are refused; the
 * town's people's mediator claims it, is told at the field what is missing, and passes it up.
 */
@GridcaseTest
class MediationTaskAuthorizationTest {

  static final String PASS_UP = """
      {"variables": {"mediationOutcome": {"value": "PASS_UP"}, "mediationNote": {"value": "双方分歧较大"}}}""";

  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;
  @Autowired CaseDriver cases;

  @Test
  void onlyTheTownsPeoplesMediatorsWorkTheVillageLevel() {
    String caseNumber = cases.report(Reports.report(Channel.GRID_REPORT, null, "邻里纠纷：排水沟堵塞", "邻居堵塞排水沟，双方争吵", null));
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", false, "resultSummary", "劝解无果"));
    Task village = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, "mediators-JM-PJ-HUANSHI-NEIGHBOUR");

    for (String outsider : List.of("zhao.min", "lin.suzhen", "kuang.heping", "chen.jianguo", "tan.zhengming")) {
      TestRestTemplate http = Logins.as(anonymous, outsider);
      var claim = post(http, "/engine-rest/task/" + village.getId() + "/claim", "{\"userId\": \"" + outsider + "\"}");
      assertThat(claim.getStatusCode().is4xxClientError()).as("%s claims: %s", outsider, claim.getBody()).isTrue();
      var complete = post(http, "/engine-rest/task/" + village.getId() + "/submit-form", PASS_UP);
      assertThat(complete.getStatusCode().is4xxClientError()).as("%s completes: %s", outsider, complete.getBody()).isTrue();
      assertThat(get(http, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber).getBody())
          .as("%s does not see the task", outsider).isEmpty();
    }
    Task still = tasks.createTaskQuery().taskId(village.getId()).singleResult();
    assertThat(still).as("the task stays open").isNotNull();
    assertThat(still.getAssignee()).isNull();

    TestRestTemplate mediator = Logins.as(anonymous, "mo.tiaojie");
    assertThat(get(mediator, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber).getBody())
        .extracting(task -> task.get("id").asText()).containsExactly(village.getId());
    assertThat(post(mediator, "/engine-rest/task/" + village.getId() + "/claim", "{\"userId\": \"mo.tiaojie\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    var noTerms = post(mediator, "/engine-rest/task/" + village.getId() + "/submit-form",
        "{\"variables\": {\"mediationOutcome\": {\"value\": \"SETTLED\"}}}");
    assertThat(noTerms.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noTerms.getBody().toString()).contains("agreementTerms", "请写明调解协议内容");
    var passedUp = post(mediator, "/engine-rest/task/" + village.getId() + "/submit-form", PASS_UP);
    assertThat(passedUp.getStatusCode()).as(String.valueOf(passedUp.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

    cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, TOWN_CENTER);
    assertThat(get(Logins.as(anonymous, "kuang.heping"), "/engine-rest/task?processInstanceBusinessKey=" + caseNumber)
        .getBody()).as("another town's mediators see none of it").isEmpty();
  }

  private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static ResponseEntity<JsonNode> get(TestRestTemplate http, String path) {
    return http.exchange(path, HttpMethod.GET, null, JsonNode.class);
  }
}
