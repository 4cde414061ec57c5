package io.gridcase.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The review window (复查申请期, ADR 28): it opens with the handling opinion; the petition office
 * records a request in Tasklist (the case is the task's own, never a submitted number), only the
 * petition office may; the window passing without a request makes the opinion final, journaled, and
 * a late request over the API is refused.
 */
@GridcaseTest
class PetitionReviewWindowTest {

  static final String CLERK = "mo.xiaofang";

  @Autowired TestRestTemplate anonymous;
  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired Petitions petitions;
  @Autowired CaseJournal journal;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    EngineClock.setTo(PetitionProcedureTest.MONDAY_MORNING);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theWindowPassingWithoutARequestMakesTheOpinionFinalAndALateRequestIsRefused() {
    String caseNumber = PetitionReviewTest.withOpinion(cases, petitions, "UNREASONABLE");
    ProcessInstance window = cases.instances(caseNumber, PetitionProcess.REVIEW_ID).get(0);
    assertThat(window).isWaitingAt(PetitionProcess.RECORD_REVIEW_REQUEST);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(window.getId())
        .activityId(PetitionProcess.REVIEW_WINDOW_PASSED).timers().singleResult();
    Petition issued = petitions.get(caseNumber);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(issued.reviewRequestDueAt().toInstant())
        .isEqualTo(issued.opinionAt().plusDays(30).toInstant());

    EngineClock.advance(Duration.ofDays(30).plusMinutes(1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(window).hasPassedInOrder(PetitionProcess.REVIEW_WINDOW_PASSED, "Task_FinalizeOpinion", "EndEvent_OpinionFinal")
        .hasNotPassed(PetitionProcess.REVIEW_PETITION).isEnded();
    Petition finalOpinion = petitions.get(caseNumber);
    assertThat(finalOpinion.opinionFinalAt()).isNotNull();
    assertThat(finalOpinion.reviewRequestedAt()).isNull();
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.PETITION_OPINION_FINAL)
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("未申请复查"));

    var late = post("integrator-petition", "/api/cases/" + caseNumber + "/petition/review-request", "{\"reason\": \"不服\"}");
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().toString()).contains("处理意见已终结");
    assertThat(petitions.get(caseNumber).reviewRequestedAt()).isNull();
  }

  @Test
  void thePetitionOfficeRecordsARequestInTasklistAndTheReviewersGetIt() {
    String caseNumber = PetitionReviewTest.withOpinion(cases, petitions, "UNREASONABLE");
    Task request = cases.task(caseNumber, PetitionProcess.RECORD_REVIEW_REQUEST, PetitionProcess.PETITION_OFFICE);
    Petition issued = petitions.get(caseNumber);
    assertThat(request.getDueDate().toInstant()).isEqualTo(issued.reviewRequestDueAt().toInstant());
    assertThat(request.getName()).contains("登记复查申请", caseNumber);
    assertThat(engine.getFormService().getTaskFormVariables(request.getId()).getValue("opinionSummary", String.class))
        .contains("诉求无理的做好解释", "经核查");
    assertThat(post(CLERK, "/engine-rest/task/" + request.getId() + "/claim", "{\"userId\": \"" + CLERK + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    var noReason = post(CLERK, "/engine-rest/task/" + request.getId() + "/submit-form",
        "{\"variables\": {\"reviewReason\": {\"value\": \" \"}}}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().toString()).contains("reviewReason", "理由");
    assertThat(petitions.get(caseNumber).reviewRequestedAt()).isNull();

    var otherCase = post(CLERK, "/engine-rest/task/" + request.getId() + "/submit-form",
        "{\"variables\": {\"reviewReason\": {\"value\": \"不服\"}, \"caseNumber\": {\"value\": \"GC-OTHER\"}}}");
    assertThat(otherCase.getStatusCode()).as("the case is the task's own").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherCase.getBody().get("errors").get(0).get("field").asText()).isEqualTo("caseNumber");

    EngineClock.advance(Duration.ofDays(12));
    var recorded = post(CLERK, "/engine-rest/task/" + request.getId() + "/submit-form",
        "{\"variables\": {\"reviewReason\": {\"value\": \"信访人来访称补偿标准计算有误\"}}}");
    assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

    Petition requested = petitions.get(caseNumber);
    assertThat(requested.reviewRequestedAt()).isNotNull();
    assertThat(requested.reviewDueAt()).isEqualTo(requested.reviewRequestedAt().plusDays(30));
    ProcessInstance review = cases.instances(caseNumber, PetitionProcess.REVIEW_ID).get(0);
    assertThat(review).hasPassedInOrder(PetitionProcess.RECORD_REVIEW_REQUEST, "Task_RecordReviewRequest",
        "Task_OpenReview").isWaitingAt(PetitionProcess.REVIEW_PETITION);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().count())
        .as("the window's timer is gone").isZero();
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.PETITION_REVIEW_REQUESTED)
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo(CLERK);
          assertThat(e.detail()).contains("补偿标准计算有误");
        });
  }

  @Test
  void aRequestOverTheApiEndsTheClerksTaskAndANewOpinionReplacesTheWindow() {
    String caseNumber = PetitionReviewTest.withOpinion(cases, petitions, "REASONABLE");
    EngineClock.advance(Duration.ofDays(31));
    cases.runAllDueJobs(caseNumber);
    assertThat(petitions.get(caseNumber).opinionFinalAt()).isNotNull();
    petitions.issueOpinion(caseNumber, "UNREASONABLE", "重新核查后出具。", "P30D", CLERK);
    assertThat(petitions.get(caseNumber).opinionFinalAt()).as("a new opinion, a new window").isNull();
    petitions.issueOpinion(caseNumber, "UNREASONABLE", "再次核查后出具。", "P30D", CLERK);
    assertThat(cases.instances(caseNumber, PetitionProcess.REVIEW_ID)).as("one window, the new opinion's").hasSize(1);
    assertThat(cases.task(caseNumber, PetitionProcess.RECORD_REVIEW_REQUEST, PetitionProcess.PETITION_OFFICE)
        .getId()).isNotNull();

    var asked = post("integrator-petition", "/api/cases/" + caseNumber + "/petition/review-request", "{\"reason\": \"不服\"}");

    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    ProcessInstance review = cases.instances(caseNumber, PetitionProcess.REVIEW_ID).get(0);
    assertThat(review).hasPassed("BoundaryEvent_ReviewRequestedOverApi").hasNotPassed("Task_RecordReviewRequest")
        .isWaitingAt(PetitionProcess.REVIEW_PETITION);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(PetitionProcess.RECORD_REVIEW_REQUEST).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"luo.xiaoyan", "zhao.min", "ma.guoping", "chen.zhihua", "chen.jianguo", "ye.wanting",
      "ou.weixiong", "zeng.zihao", "tang.jianping", "integrator-petition", "sms-gateway"})
  void noOtherRoleMayRecordARequestInTasklist(String user) {
    String caseNumber = PetitionReviewTest.withOpinion(cases, petitions, "UNREASONABLE");
    Task request = cases.task(caseNumber, PetitionProcess.RECORD_REVIEW_REQUEST, PetitionProcess.PETITION_OFFICE);

    var claim = post(user, "/engine-rest/task/" + request.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
    var answer = post(user, "/engine-rest/task/" + request.getId() + "/submit-form",
        "{\"variables\": {\"reviewReason\": {\"value\": \"不服\"}}}");

    assertThat(claim.getStatusCode().is4xxClientError()).as("%s claims: %s", user, claim.getBody()).isTrue();
    assertThat(answer.getStatusCode().is4xxClientError()).as("%s: %s", user, answer.getBody()).isTrue();
    assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engine.getTaskService().createTaskQuery().taskId(request.getId()).count()).as("the task stays").isOne();
    assertThat(petitions.get(caseNumber).reviewRequestedAt()).isNull();
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
