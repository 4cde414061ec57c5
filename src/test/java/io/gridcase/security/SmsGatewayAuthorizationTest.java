package io.gridcase.security;

import static io.gridcase.security.EngineRestWriteAuthorizationTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.notification.OutgoingSms;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.notification.SmsProcesses;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS gateway's rights (ADR 17, ADR 9): group {@code sms-gateways} fetches, locks, completes,
 * fails and extends send-sms tasks of topic {@code gridcase-sms} and reads {@code /api/sms}, and
 * nothing else; every other role gets 403 on those. Complementing {@link EngineRestWriteAuthorizationTest},
 * which refuses every other write to every role.
 */
@GridcaseTest
class SmsGatewayAuthorizationTest {

  static final String GATEWAY = "sms-gateway";
  static final List<String> OTHERS = List.of("integrator-12345", "luo.xiaoyan", "zhao.min", "chen.zhihua",
      "chen.jianguo", "ye.wanting", "ou.weixiong", "zeng.zihao", "demo");

  @Autowired TestRestTemplate anonymous;
  @Autowired SmsOutbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ExternalTaskService externalTasks;
  @Autowired HistoryService history;

  long smsId;

  @BeforeEach
  void queueOneMessage() {
    OutgoingSms sms = new OutgoingSms("test:" + UUID.randomUUID(), null, SmsKind.FEEDBACK, "13800138009", "【江门综治】测试短信。");
    smsId = new TransactionTemplate(transactions).execute(status -> outbox.enqueue(sms)).orElseThrow();
  }

  @Test
  void theGatewayFetchesReadsAndCompletesItsMessageWithoutWritingVariables() {
    JsonNode locked = fetch(GATEWAY, SmsProcesses.TOPIC).getBody();
    assertThat(locked).hasSize(1);
    JsonNode task = locked.get(0);
    assertThat(task.path("variables").fieldNames()).toIterable().as("the engine holds the message id only").containsExactly("smsId");
    assertThat(task.path("variables").path("smsId").path("value").asLong()).isEqualTo(smsId);

    var message = as(GATEWAY).getForEntity("/api/sms/" + smsId, JsonNode.class);
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(message.getBody().path("phone").asText()).isEqualTo("13800138009");
    assertThat(message.getBody().path("text").asText()).isEqualTo("【江门综治】测试短信。");
    assertThat(message.getBody().path("idempotencyKey").asText()).isEqualTo("gridcase-sms-" + smsId);

    String id = task.path("id").asText();
    assertThat(send(as(GATEWAY), HttpMethod.POST, "/engine-rest/external-task/" + id + "/extendLock",
        "{\"workerId\": \"gateway-test\", \"newDuration\": 60000}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    var withVariables = send(as(GATEWAY), HttpMethod.POST, "/engine-rest/external-task/" + id + "/complete",
        "{\"workerId\": \"gateway-test\", \"variables\": {\"phone\": {\"value\": \"13800138009\"}}}");
    assertThat(withVariables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withVariables.getBody().path("errors").get(0).path("field").asText()).isEqualTo("variables");

    var completed = send(as(GATEWAY), HttpMethod.POST, "/engine-rest/external-task/" + id + "/complete",
        "{\"workerId\": \"gateway-test\"}");
    assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(outbox.find(smsId).orElseThrow().sent()).isTrue();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(SmsProcesses.businessKey(smsId))
        .singleResult().getEndTime()).isNotNull();
  }

  @Test
  void theGatewayReportsAFailureWithFewerRetries() {
    String id = fetch(GATEWAY, SmsProcesses.TOPIC).getBody().get(0).path("id").asText();
    var failed = send(as(GATEWAY), HttpMethod.POST, "/engine-rest/external-task/" + id + "/failure",
        "{\"workerId\": \"gateway-test\", \"errorMessage\": \"SMS gateway answered 503\", \"retries\": 2, \"retryTimeout\": 0}");
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(externalTasks.createExternalTaskQuery().externalTaskId(id).singleResult().getRetries()).isEqualTo(2);
  }

  @Test
  void theGatewayMayFetchNoOtherTopicAndMakeNoOtherWrite() {
    var otherTopic = fetch(GATEWAY, "gridcase-mail");
    assertThat(otherTopic.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherTopic.getBody().path("errors").get(0).path("field").asText()).isEqualTo("topics");
    SoftAssertions softly = new SoftAssertions();
    for (String[] write : List.of(
        new String[] {"POST", "/engine-rest/process-definition/key/send-sms/start", "{\"businessKey\": \"SMS-1\"}"},
        new String[] {"POST", "/engine-rest/process-definition/key/case-lifecycle/submit-form", "{\"variables\": {}}"},
        new String[] {"POST", "/engine-rest/external-task/retries", "{\"retries\": 3, \"externalTaskIds\": []}"},
        new String[] {"PUT", "/engine-rest/external-task/anything/retries", "{\"retries\": 3}"},
        new String[] {"POST", "/engine-rest/external-task/anything/unlock", null},
        new String[] {"POST", "/engine-rest/external-task/anything/bpmnError", "{\"workerId\": \"w\", \"errorCode\": \"x\"}"},
        new String[] {"POST", "/engine-rest/deployment/create", null},
        new String[] {"POST", "/engine-rest/message", "{\"messageName\": \"CaseCancelled\"}"})) {
      var answer = send(as(GATEWAY), HttpMethod.valueOf(write[0]), write[1], write[2]);
      softly.assertThat(answer.getStatusCode()).as("%s %s", write[0], write[1]).isEqualTo(HttpStatus.FORBIDDEN);
    }
    softly.assertThat(as(GATEWAY).getForEntity("/api/cases", JsonNode.class).getStatusCode()).as("cases").isEqualTo(HttpStatus.FORBIDDEN);
    softly.assertAll();
  }

  @Test
  void theGatewayCannotCompleteATaskThatIsNotASendSmsTask() {
    var answer = send(as(GATEWAY), HttpMethod.POST, "/engine-rest/external-task/no-such-task/complete", "{\"workerId\": \"w\"}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void noOtherRoleFetchesCompletesOrReadsMessages() {
    ExternalTask task = externalTasks.createExternalTaskQuery().topicName(SmsProcesses.TOPIC).notLocked().list().stream()
        .filter(t -> SmsProcesses.businessKey(smsId).equals(t.getBusinessKey())).findFirst().orElseThrow();
    SoftAssertions softly = new SoftAssertions();
    for (String user : OTHERS) {
      softly.assertThat(fetch(user, SmsProcesses.TOPIC).getStatusCode()).as("fetch by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(send(as(user), HttpMethod.POST, "/engine-rest/external-task/" + task.getId() + "/complete",
          "{\"workerId\": \"w\"}").getStatusCode()).as("complete by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(send(as(user), HttpMethod.POST, "/engine-rest/external-task/" + task.getId() + "/failure",
          "{\"workerId\": \"w\", \"retries\": 0}").getStatusCode()).as("failure by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(as(user).getForEntity("/api/sms/" + smsId, JsonNode.class).getStatusCode())
          .as("read by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    softly.assertAll();
    assertThat(externalTasks.createExternalTaskQuery().externalTaskId(task.getId()).singleResult().getRetries()).isNull();
    assertThat(outbox.find(smsId).orElseThrow().sent()).isFalse();
  }

  @Test
  void anUnknownMessageIsNotFound() {
    var answer = as(GATEWAY).getForEntity("/api/sms/999999999", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Fetches and locks this test's message only (its business key). */
  private ResponseEntity<JsonNode> fetch(String user, String topic) {
    return send(as(user), HttpMethod.POST, "/engine-rest/external-task/fetchAndLock", """
        {"workerId": "gateway-test", "maxTasks": 5, "topics": [{"topicName": "%s", "lockDuration": 60000,
          "businessKey": "%s"}]}""".formatted(topic, SmsProcesses.businessKey(smsId)));
  }

  private TestRestTemplate as(String user) {
    return anonymous.withBasicAuth(user, user.equals("demo") ? "demo" : Logins.PASSWORD);
  }
}
