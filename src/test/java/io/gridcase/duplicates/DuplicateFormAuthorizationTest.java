package io.gridcase.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may link a duplicate (ADR 19): only the center's intake clerks, whose manual triage task it is,
 * through the engine REST API as Tasklist calls it. Every other role is refused and nothing changes;
 * the clerk's wrong master is a 400 naming masterCaseNumber, the right one closes the case as 重复件.
 */
@GridcaseTest
class DuplicateFormAuthorizationTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;
  @Autowired TaskService tasks;
  @Autowired CaseRecords records;

  @ParameterizedTest
  @ValueSource(strings = {"zhao.min", "chen.zhihua", "chen.jianguo", "ye.wanting", "ou.weixiong", "zeng.zihao",
      "integrator-12345", "sms-gateway"})
  void noOtherRoleMayLinkADuplicate(String user) {
    String master = cases.report(Reports.hotline("路边违停", "小区门口违停"));
    String duplicate = cases.report(Reports.hotline("反映一个问题", "门口车辆挡路"));
    Task triage = cases.task(duplicate, "UserTask_TriageCaseManually", "intake");

    var answer = post(user, "/engine-rest/task/" + triage.getId() + "/submit-form", form(master));

    assertThat(answer.getStatusCode().is4xxClientError()).as("%s: %s", user, answer.getBody()).isTrue();
    assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).as("the triage task stays").isOne();
    assertThat(records.get(duplicate).status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void anIntakeClerkLinksItAndAWrongMasterIsRefusedAtItsField() {
    String master = cases.report(Reports.hotline("路边违停", "巷口违停"));
    String duplicate = cases.report(Reports.hotline("反映一个问题", "巷口车辆挡路"));
    Task triage = cases.task(duplicate, "UserTask_TriageCaseManually", "intake");
    assertThat(post("luo.xiaoyan", "/engine-rest/task/" + triage.getId() + "/claim", "{\"userId\": \"luo.xiaoyan\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var wrong = post("luo.xiaoyan", "/engine-rest/task/" + triage.getId() + "/submit-form", form(duplicate));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().toString()).contains("masterCaseNumber", "不能是自己的重复件");
    assertThat(records.get(duplicate).status()).isEqualTo(CaseStatus.OPEN);

    var linked = post("luo.xiaoyan", "/engine-rest/task/" + triage.getId() + "/submit-form", form(master));
    assertThat(linked.getStatusCode()).as(String.valueOf(linked.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(records.get(duplicate).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(records.get(duplicate).outcome()).isEqualTo("DUPLICATE");
    assertThat(records.get(master).status()).isEqualTo(CaseStatus.OPEN);
  }

  private static String form(String master) {
    return """
        {"variables": {"category": {"value": "ILLEGAL_PARKING"}, "triageOutcome": {"value": "DUPLICATE"},
                       "masterCaseNumber": {"value": "%s"}, "triageNote": {"value": "同一辆车"}}}""".formatted(master);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
