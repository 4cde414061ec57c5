package io.gridcase.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
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
 * Who may decide whether a petition is accepted (ADR 23): only the petition office, whose task it is,
 * through the engine REST API as Tasklist calls it. Every other role is refused and nothing changes;
 * the office's decision without a reason is a 400 naming notAcceptedReason.
 */
@GridcaseTest
class PetitionAcceptanceAuthorizationTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;
  @Autowired TaskService tasks;
  @Autowired CaseRecords records;
  @Autowired Petitions petitions;

  @ParameterizedTest
  @ValueSource(strings = {"luo.xiaoyan", "zhao.min", "ma.guoping", "chen.zhihua", "chen.jianguo", "ye.wanting",
      "ou.weixiong", "zeng.zihao", "integrator-petition", "sms-gateway"})
  void noOtherRoleMayDecideAcceptance(String user) {
    String caseNumber = cases.report(PetitionProcedureTest.petition("反映村务问题", "村务不公开", null));
    Task review = cases.task(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, PetitionProcess.PETITION_OFFICE);

    var claim = post(user, "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
    var answer = post(user, "/engine-rest/task/" + review.getId() + "/submit-form", notAccepted());

    assertThat(claim.getStatusCode().is4xxClientError()).as("%s claims: %s", user, claim.getBody()).isTrue();
    assertThat(answer.getStatusCode().is4xxClientError()).as("%s: %s", user, answer.getBody()).isTrue();
    assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the review stays").isOne();
    assertThat(petitions.get(caseNumber).accepted()).isNull();
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void thePetitionOfficeDecidesAndAMissingReasonIsRefusedAtItsField() {
    String caseNumber = cases.report(PetitionProcedureTest.petition("要求撤销判决", "对判决不服", null));
    Task review = cases.task(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, PetitionProcess.PETITION_OFFICE);
    assertThat(post("mo.xiaofang", "/engine-rest/task/" + review.getId() + "/claim", "{\"userId\": \"mo.xiaofang\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var missing = post("mo.xiaofang", "/engine-rest/task/" + review.getId() + "/submit-form",
        "{\"variables\": {\"acceptanceDecision\": {\"value\": \"NOT_ACCEPT\"}}}");
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().toString()).contains("notAcceptedReason", "须说明理由");

    var decided = post("mo.xiaofang", "/engine-rest/task/" + review.getId() + "/submit-form", notAccepted());
    assertThat(decided.getStatusCode()).as(String.valueOf(decided.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(petitions.get(caseNumber).accepted()).isFalse();
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mo.xiaofang", "tang.jianping"})
  void thePetitionOfficeAndTheReviewersReadPetitionCasesOnly(String user) {
    String petition = cases.report(PetitionProcedureTest.petition("反映村务问题", "村务不公开", null));
    String other = cases.report(io.gridcase.support.Reports.hotline("路灯不亮", "小区路灯坏了"));

    assertThat(Logins.as(anonymous, user).getForEntity("/api/cases/" + petition, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Logins.as(anonymous, user).getForEntity("/api/cases/" + petition + "/petition", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(Logins.as(anonymous, user).getForEntity("/api/cases/" + other, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static String notAccepted() {
    return """
        {"variables": {"acceptanceDecision": {"value": "NOT_ACCEPT"}, "notAcceptedReason": {"value": "LEGAL_CHANNEL"},
                       "acceptanceNote": {"value": "请依法上诉"}}}""";
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
