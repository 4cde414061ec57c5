package io.gridcase.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.WeakSignalAlertProcess;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Weak signals (弱信号): road flooding is watched per grid, three reports within six hours
 * (decisions/weak-signal-rules.dmn). A spike raises one alert to the town center, however many
 * more cases follow in the window; reports spread wider than the window raise none. A spike the
 * town center finds to share a cause becomes a case of its own (共因案件), the counted cases linked
 * to it; a coincidence ends the alert and opens nothing.
 */
@GridcaseTest
class WeakSignalTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  /** 南坑村第一网格, 台城街道 (台山市); town center huang.lijuan. */
  static final String TAICHENG_GRID = "JM-TS-TAICHENG-02-01";
  static final String TAICHENG_CENTER = "center-JM-TS-TAICHENG";
  /** 幕沙社区第一网格, 长沙街道 (开平市); town center zhang.huimin. */
  static final String CHANGSHA_GRID = "JM-KP-CHANGSHA-01-01";

  @Autowired CaseDriver cases;
  @Autowired WeakSignals signals;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired CaseRecords records;
  @Autowired CaseJournal journal;
  @Autowired CommonCauseCases commonCauses;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void threeFloodedStreetsInOneGridWithinSixHoursRaiseOneAlertToTheTownCenter() throws Exception {
    EngineClock.setTo(LocalDateTime.of(2026, 7, 14, 6, 0));
    String first = flooding(TAICHENG_GRID, "南坑村路口积水");
    EngineClock.advance(Duration.ofHours(2));
    String second = flooding(TAICHENG_GRID, "南坑村市场门口积水");
    assertThat(signals.alerts("ROAD_FLOODING", TAICHENG_GRID)).as("two are no spike").isEmpty();

    EngineClock.advance(Duration.ofHours(3));
    String third = flooding(TAICHENG_GRID, "南坑村小学门口积水过膝");
    EngineClock.advance(Duration.ofMinutes(30));
    flooding(TAICHENG_GRID, "南坑村又一处积水");

    List<WeakSignals.Alert> alerts = signals.alerts("ROAD_FLOODING", TAICHENG_GRID);
    assertThat(alerts).as("one alert per category, place and window").hasSize(1);
    assertThat(alerts.get(0)).returns("GRID", WeakSignals.Alert::scope).returns(3, WeakSignals.Alert::caseCount);

    Task review = engine.getTaskService().createTaskQuery().processDefinitionKey(WeakSignalAlertProcess.ID)
        .processInstanceBusinessKey("WS-" + alerts.get(0).id()).taskCandidateGroup(TAICHENG_CENTER).singleResult();
    assertThat(review).as("a review task for the town center").isNotNull();
    assertThat((String) engine.getTaskService().getVariable(review.getId(), "caseNumbers"))
        .contains(first, second, third);
    assertThat(engine.getTaskService().getVariable(review.getId(), "placeName")).isEqualTo("台城街道南坑村第一网格");

    MimeMessage alert = await().atMost(Duration.ofSeconds(10)).until(
        () -> mailsTo("huang.lijuan@gridcase.local").stream().filter(this::isWeakSignal).findFirst().orElse(null),
        m -> m != null);
    assertThat(alert.getSubject()).contains("弱信号预警", "路面积水", "3 件");

    ProcessInstance alertInstance = alertInstance(alerts.get(0).id());
    engine.getIdentityService().setAuthentication("huang.lijuan", List.of(TAICHENG_CENTER));
    try {
      engine.getTaskService().claim(review.getId(), "huang.lijuan");
      engine.getTaskService().complete(review.getId(),
          Map.of("weakSignalFinding", "COMMON_CAUSE", "weakSignalNote", "排水口堵塞，已清理"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(jdbc.sql("select reviewed_by || ':' || finding from weak_signal_alert where id = ?")
        .param(alerts.get(0).id()).query(String.class).single()).isEqualTo("huang.lijuan:COMMON_CAUSE");

    String common = commonCaseOf(alerts.get(0).id());
    BpmnAwareTests.assertThat(alertInstance).isEnded()
        .hasPassed(WeakSignalAlertProcess.TASK_OPEN_COMMON_CAUSE_CASE, WeakSignalAlertProcess.END_COMMON_CAUSE_CASE_OPENED);
    CaseRecord record = records.get(common);
    assertThat(record.title()).isEqualTo("共因：台城街道南坑村第一网格路面积水集中发生（3 件）");
    assertThat(record.channel()).isEqualTo("GRID_REPORT");
    assertThat(record.category()).isEqualTo("ROAD_FLOODING");
    assertThat(record.place().gridCode()).isEqualTo(TAICHENG_GRID);
    assertThat(record.description()).contains("有共同原因，已处置", "排水口堵塞，已清理", first, second, third);
    assertThat(cases.lifecycle(common)).as("the common-cause case is handled like any other").isNotNull();
    for (String counted : List.of(first, second, third)) {
      assertThat(journal.events(counted)).as(counted)
          .anySatisfy(e -> assertThat(e.detail()).isEqualTo("并入共因案件 " + common))
          .filteredOn(e -> e.action() == CaseAction.COMMON_CAUSE_LINKED).hasSize(1);
      assertThat(commonCauses.commonCaseOf(counted)).contains(common);
    }
    assertThat(commonCauses.countedCases(alerts.get(0).id())).containsExactly(first, second, third);
    assertThat(commonCauses.open(alerts.get(0).id(), "huang.lijuan")).as("opened once").isEqualTo(common);
    assertThat(signals.alerts("ROAD_FLOODING", TAICHENG_GRID)).as("the new case raises no second alert").hasSize(1);
  }

  @Test
  void anEscalatedSpikeOpensACaseAndACoincidenceOpensNone() {
    EngineClock.setTo(LocalDateTime.of(2026, 8, 3, 6, 0));
    for (int i = 1; i <= 3; i++) {
      flooding(CHANGSHA_GRID, "幕沙路第" + i + "处积水");
    }
    long escalated = signals.alerts("ROAD_FLOODING", CHANGSHA_GRID).get(0).id();
    review(escalated, "zhang.huimin", "center-JM-KP-CHANGSHA", "ESCALATE");
    assertThat(records.get(commonCaseOf(escalated)).description()).contains("有共同原因，需上报");

    EngineClock.setTo(LocalDateTime.of(2026, 8, 10, 6, 0));
    for (int i = 1; i <= 3; i++) {
      flooding(CHANGSHA_GRID, "幕沙市场第" + i + "处积水");
    }
    long coincidence = signals.alerts("ROAD_FLOODING", CHANGSHA_GRID).get(0).id();
    assertThat(coincidence).as("a week later is a new window").isNotEqualTo(escalated);
    ProcessInstance coincidenceInstance = alertInstance(coincidence);
    review(coincidence, "zhang.huimin", "center-JM-KP-CHANGSHA", "COINCIDENCE");
    BpmnAwareTests.assertThat(coincidenceInstance).isEnded()
        .hasPassed(WeakSignalAlertProcess.END_REVIEWED).hasNotPassed(WeakSignalAlertProcess.TASK_OPEN_COMMON_CAUSE_CASE);
    assertThat(jdbc.sql("select common_case from weak_signal_alert where id = ?").param(coincidence)
        .query(String.class).optional()).isEmpty();
  }

  private void review(long alertId, String user, String group, String finding) {
    Task review = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(WeakSignalAlertProcess.businessKey(alertId)).singleResult();
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().claim(review.getId(), user);
      engine.getTaskService().complete(review.getId(), Map.of(WeakSignalAlertProcess.VAR_FINDING, finding));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String commonCaseOf(long alertId) {
    return jdbc.sql("select common_case from weak_signal_alert where id = ?").param(alertId).query(String.class).single();
  }

  /** The alert's instance while it waits for the review (bpm-assert follows it into history once it ended). */
  private ProcessInstance alertInstance(long alertId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(WeakSignalAlertProcess.businessKey(alertId)).singleResult();
  }

  @Test
  void reportsSpreadWiderThanTheWindowRaiseNothing() {
    EngineClock.setTo(LocalDateTime.of(2026, 7, 21, 6, 0));
    flooding(CHANGSHA_GRID, "幕沙路积水");
    EngineClock.advance(Duration.ofHours(4));
    flooding(CHANGSHA_GRID, "幕沙市场积水");
    EngineClock.advance(Duration.ofHours(3));
    flooding(CHANGSHA_GRID, "幕沙小学积水");

    assertThat(signals.alerts("ROAD_FLOODING", CHANGSHA_GRID)).isEmpty();
    assertThat(signals.alerts("ROAD_FLOODING", "JM-KP-CHANGSHA")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WeakSignalAlertProcess.ID)
        .variableValueEquals("placeCode", CHANGSHA_GRID).count()).isZero();
  }

  private String flooding(String grid, String title) {
    return cases.report(new CaseReport(Channel.HOTLINE_12345, null, "ROAD_FLOODING", title, title + "，影响通行",
        new CaseReport.Location(grid, null, null, null), new CaseReport.ReporterContact("市民", "13800138000", null, false),
        null, null, null));
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
      } catch (Exception e) {
        return false;
      }
    }).toList();
  }

  private boolean isWeakSignal(MimeMessage m) {
    try {
      return m.getSubject().contains("弱信号");
    } catch (Exception e) {
      return false;
    }
  }
}
