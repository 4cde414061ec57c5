package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcase.support.GridcaseTest;
import io.gridcase.support.SmsGatewayStub;
import io.gridcase.support.SmsGatewayStub.Received;
import io.gridcase.support.SmsWorkerProcess;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import io.gridcase.support.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS topic proven with Camunda's official JavaScript client (ADR 17): the reference worker
 * runs with Node.js against the application over HTTP and posts to a real HTTP server standing in
 * for the gateway. A message is sent once and its send-sms instance ends; a gateway that keeps
 * failing uses up the retries and leaves an incident; a restarted worker sends nothing again.
 */
@GridcaseTest
class SmsWorkerTest {

  static SmsGatewayStub gateway;

  @LocalServerPort int port;
  @Autowired SmsOutbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ExternalTaskService externalTasks;

  SmsWorkerProcess worker;

  @BeforeAll
  static void gateway() {
    SmsWorkerProcess.require();
    gateway = new SmsGatewayStub();
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  /** Retry timeouts and locks are engine-clock times: a clock another test froze would stop them. */
  @BeforeEach
  void engineClockRuns() {
    EngineClock.reset();
  }

  @AfterEach
  void stopWorker() throws InterruptedException {
    if (worker != null) {
      worker.close();
    }
  }

  @Test
  void theWorkerSendsTheTextOnceAndTheInstanceEndsWithTheRowMarkedSent() throws InterruptedException {
    long smsId = queue("13800138001", "【江门综治】您反映的问题已办理完毕。");
    worker = start("sms-worker-1", "3");

    String key = "gridcase-sms-" + smsId;
    await().atMost(Duration.ofSeconds(90)).until(() -> outbox.find(smsId).orElseThrow().sent());
    assertThat(gateway.withKey(key)).containsExactly(new Received("13800138001", "【江门综治】您反映的问题已办理完毕。", key, true));
    HistoricProcessInstance instance = instanceOf(smsId);
    assertThat(instance.getEndTime()).as("send-sms ended").isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list())
        .extracting(HistoricActivityInstance::getActivityId)
        .contains("Task_SendSms", "Task_RecordSmsSent", "EndEvent_SmsSent");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .as("the engine holds the message id only, never the phone or the text")
        .extracting(v -> v.getName())
        .containsExactly("smsId");

    // a restarted worker finds nothing to do for it: a second message goes, the first not again. The
    // stopped worker's long poll may still be pending in the engine and lock the second message for
    // it: that lock runs out and the new worker sends it.
    worker.close();
    worker = start("sms-worker-2", "3");
    long next = queue("13800138002", "【江门综治】第二条。");
    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(outbox.find(next).orElseThrow().sent())
        .as("%s", externalTasks.createExternalTaskQuery().topicName(SmsProcesses.TOPIC).list()).isTrue());
    assertThat(gateway.withKey(key)).as("sent once, whatever the restarts").hasSize(1);
    assertThat(gateway.withKey("gridcase-sms-" + next)).hasSize(1);
  }

  @Test
  void aGatewayThatKeepsFailingUsesUpTheRetriesAndLeavesAnIncident() {
    String phone = "13900139" + (100 + (int) (Math.random() * 900));
    gateway.failFor(phone);
    long smsId = queue(phone, "【江门综治】网关故障测试。");
    worker = start("sms-worker-failing", "3");

    String instanceId = instanceOf(smsId).getId();
    await().atMost(Duration.ofSeconds(90))
        .until(() -> runtime.createIncidentQuery().processInstanceId(instanceId).count() == 1);
    Incident incident = runtime.createIncidentQuery().processInstanceId(instanceId).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("Task_SendSms");
    assertThat(incident.getIncidentMessage()).contains("503").doesNotContain(phone);
    assertThat(gateway.withKey("gridcase-sms-" + smsId)).as("one try and two retries").hasSize(3)
        .allMatch(r -> !r.accepted());
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instanceId).singleResult().getRetries()).isZero();
    assertThat(outbox.find(smsId).orElseThrow().sent()).isFalse();
  }

  private SmsWorkerProcess start(String name, String retries) {
    return SmsWorkerProcess.start(port, name, Map.of(
        "SMS_GATEWAY_URL", gateway.url(),
        "SMS_RETRIES", retries,
        "SMS_RETRY_TIMEOUT_MS", "200",
        "SMS_LOCK_DURATION_MS", "4000",
        "SMS_POLL_INTERVAL_MS", "200",
        // no long polling here: engine-rest's long-poll handler is one per JVM, started and stopped with
        // the servlet context, and a test that closes its application context (PostgresApplicationTest)
        // stops it for every other context in the suite: a pending fetch would then never return
        "SMS_LONG_POLL_MS", "0"));
  }

  /** Queues a message as a case step does: in a transaction, with its send-sms instance. */
  private long queue(String phone, String text) {
    OutgoingSms sms = new OutgoingSms("test:" + UUID.randomUUID(), null, SmsKind.FEEDBACK, phone, text);
    return new TransactionTemplate(transactions).execute(status -> outbox.enqueue(sms)).orElseThrow();
  }

  private HistoricProcessInstance instanceOf(long smsId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(SmsProcesses.PROCESS)
        .processInstanceBusinessKey(SmsProcesses.businessKey(smsId)).singleResult();
  }
}
