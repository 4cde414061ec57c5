package io.gridcase.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.notification.MailOutbox;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
 * The review (复查, ADR 23): asked over /api within the window the handling opinion named, decided by
 * the reviewing body within its limit, upheld or changed; a late request, one without a reason and one
 * from a role that does not speak for the petitioner are refused and start nothing.
 */
@GridcaseTest
class PetitionReviewTest {

  static final String REVIEWER = "tang.jianping";

  @Autowired TestRestTemplate anonymous;
  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired Petitions petitions;
  @Autowired CaseJournal journal;
  @Autowired MailOutbox mails;

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
  void aReviewAskedInTimeIsDueInThirtyDaysAndUpholdingItKeepsTheClass() {
    String caseNumber = withOpinion("UNREASONABLE");
    EngineClock.advance(Duration.ofDays(10));

    var asked = post("integrator-petition", caseNumber, "{\"reason\": \"补偿标准计算有误\"}");

    assertThat(asked.getStatusCode()).as(String.valueOf(asked.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    Petition requested = petitions.get(caseNumber);
    assertThat(requested.reviewDueAt()).isEqualTo(requested.reviewRequestedAt().plusDays(30));
    ProcessInstance review = cases.instances(caseNumber, PetitionProcess.REVIEW_ID).get(0);
    assertThat(review).isWaitingAt(PetitionProcess.REVIEW_PETITION);
    Task task = cases.task(caseNumber, PetitionProcess.REVIEW_PETITION, PetitionProcess.PETITION_REVIEWERS);
    assertThat(task.getDueDate().toInstant()).isEqualTo(requested.reviewDueAt().toInstant());

    cases.complete(caseNumber, PetitionProcess.REVIEW_PETITION, PetitionProcess.PETITION_REVIEWERS, REVIEWER,
        Map.of("reviewResult", "UPHELD", "reviewNote", "原处理意见事实清楚，维持。"));

    assertThat(review).hasPassedInOrder(PetitionProcess.REVIEW_PETITION, "Task_RecordReview").isEnded();
    Petition reviewed = petitions.get(caseNumber);
    assertThat(reviewed.reviewResult()).isEqualTo("UPHELD");
    assertThat(reviewed.outcomeClass()).isEqualTo("UNREASONABLE");
    assertThat(reviewed.reviewedAt()).isNotNull();
    assertThat(mails.ofCase(caseNumber)).anySatisfy(m -> assertThat(m.body()).contains("复查意见书", "维持原处理意见"));
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.PETITION_REVIEW_REQUESTED, CaseAction.PETITION_REVIEWED);
  }

  @Test
  void aChangedReviewGivesTheNewClassAndAChangeToTheSameClassIsRefused() {
    String caseNumber = withOpinion("UNREASONABLE");
    assertThat(post("luo.xiaoyan", caseNumber, "{\"reason\": \"不服\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Task task = cases.task(caseNumber, PetitionProcess.REVIEW_PETITION, PetitionProcess.PETITION_REVIEWERS);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
        Map.of("reviewResult", "CHANGED", "outcomeClass", "UNREASONABLE", "reviewNote", "变更")))
        .hasMessageContaining("outcomeClass: ");
    cases.complete(caseNumber, PetitionProcess.REVIEW_PETITION, PetitionProcess.PETITION_REVIEWERS, REVIEWER,
        Map.of("reviewResult", "CHANGED", "outcomeClass", "REASONABLE", "reviewNote", "诉求有政策依据，责成补发。"));

    Petition changed = petitions.get(caseNumber);
    assertThat(changed.reviewResult()).isEqualTo("CHANGED");
    assertThat(changed.outcomeClass()).isEqualTo("REASONABLE");
  }

  @Test
  void noReviewAfterThirtyDaysNorTwiceNorWithoutAReason() {
    String late = withOpinion("UNLAWFUL");
    EngineClock.advance(Duration.ofDays(30).plusMinutes(1));
    var tooLate = post("integrator-petition", late, "{\"reason\": \"不服\"}");
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooLate.getBody().toString()).contains("期限已过");
    assertThat(petitions.get(late).reviewRequestedAt()).isNull();
    assertThat(cases.instances(late, PetitionProcess.REVIEW_ID)).singleElement()
        .satisfies(window -> assertThat(window).isWaitingAt(PetitionProcess.RECORD_REVIEW_REQUEST));

    String twice = withOpinion("REASONABLE");
    var noReason = post("integrator-petition", twice, "{\"reason\": \" \"}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(post("integrator-petition", twice, "{\"reason\": \"不服\"}").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(post("integrator-petition", twice, "{\"reason\": \"再次\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(cases.instances(twice, PetitionProcess.REVIEW_ID)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"integrator-12345", "chen.zhihua", "zhao.min", "ye.wanting", "ou.weixiong", "tang.jianping",
      "chen.jianguo", "sms-gateway"})
  void onlyWhoSpeaksForThePetitionerMayAskForAReview(String user) {
    String caseNumber = withOpinion("UNREASONABLE");

    var refused = post(user, caseNumber, "{\"reason\": \"不服\"}");

    assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(petitions.get(caseNumber).reviewRequestedAt()).isNull();
    assertThat(cases.instances(caseNumber, PetitionProcess.REVIEW_ID)).singleElement()
        .satisfies(window -> assertThat(window).isWaitingAt(PetitionProcess.RECORD_REVIEW_REQUEST));
  }

  @Test
  void whoMayReadTheCaseReadsThePetition() {
    String caseNumber = withOpinion("REASONABLE");

    var read = Logins.as(anonymous, "integrator-petition").getForEntity("/api/cases/" + caseNumber + "/petition", JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody().get("outcomeClass").asText()).isEqualTo("REASONABLE");
    assertThat(read.getBody().get("acceptanceNotice").asText()).contains("予以受理");
    assertThat(Logins.as(anonymous, "integrator-12345").getForEntity("/api/cases/" + caseNumber + "/petition", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** An accepted petition whose handling opinion was just issued (the lifecycle still at its departments). */
  static String withOpinion(CaseDriver cases, Petitions petitions, String outcomeClass) {
    String caseNumber = cases.report(PetitionProcedureTest.petition("要求增加征地补偿", "补偿标准过低", Reports.REPORTER_EMAIL));
    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, PetitionProcess.PETITION_OFFICE, "mo.xiaofang",
        Map.of("acceptanceDecision", "ACCEPT"));
    petitions.issueOpinion(caseNumber, outcomeClass, "经核查，已依法作出处理。", "P30D", "mo.xiaofang");
    return caseNumber;
  }

  private String withOpinion(String outcomeClass) {
    return withOpinion(cases, petitions, outcomeClass);
  }

  private ResponseEntity<JsonNode> post(String user, String caseNumber, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).exchange("/api/cases/" + caseNumber + "/petition/review-request", HttpMethod.POST,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  private List<CaseAction> actions(String caseNumber) {
    return journal.events(caseNumber).stream().map(CaseEvent::action).toList();
  }
}
