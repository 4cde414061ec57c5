package io.gridcase.sla;

import static io.gridcase.support.Orders.MONDAY_MORNING;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.FormRefusal;
import io.gridcase.engine.RequestExtensionProcess;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.engine.SuperviseCaseProcess;
import io.gridcase.intake.Channel;
import io.gridcase.supervision.CaseUrgings;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Orders;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines that bite: limits from the profile counted from dispatch, reminders, supervision at
 * the deadline, escalation at three times over, extensions and urging. Time moves by the engine
 * clock; jobs run when they are due, as the job executor would run them.
 */
@GridcaseTest
@ExtendWith(Orders.Clocked.class)
class DeadlineTest {

  static final LocalDateTime WEDNESDAY_BEFORE_NATIONAL_DAY = LocalDateTime.of(2026, 9, 30, 10, 0);

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired Orders orders;
  @Autowired CaseRecords records;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseJournal journal;
  @Autowired CaseExtensions extensions;
  @Autowired CaseUrgings urgings;

  @Test
  void anSmeCaseGetsTheThreeDeadlinesOfThe117RuleAndSevenDaysForFeedbackCountedFromDispatch() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业用电报装迟迟未办", "新厂房用电报装两个月未接通"));

    assertThat(records.get(caseNumber).dispatchedAt()).isEqualTo(dispatch);
    assertThat(dueDates(caseNumber)).isEqualTo(Map.of(
        Stage.ACCEPT, dispatch.plusHours(1), Stage.PLAN, dispatch.plusDays(1), Stage.DONE, dispatch.plusDays(7),
        Stage.FEEDBACK, dispatch.plusDays(7)));
    assertThat(cases.instances(caseNumber, StageDeadlineProcess.ID))
        .extracting(watch -> deadlineTimer(watch.getId()).getDuedate().toInstant())
        .containsExactlyInAnyOrder(
            dispatch.plusHours(1).toInstant(), dispatch.plusDays(1).toInstant(), dispatch.plusDays(7).toInstant(),
            dispatch.plusDays(7).toInstant());
  }

  @Test
  void noSupervisionAt59MinutesButAt61TheSupervisorsHaveATaskAndAMail() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：审批拖延", "企业反映环评审批拖延"));

    orders.later(caseNumber, Duration.ofMinutes(59));
    assertThat(cases.instances(caseNumber, SuperviseCaseProcess.ID)).isEmpty();
    assertThat(actions(caseNumber)).contains(CaseAction.REMINDER_SENT).doesNotContain(CaseAction.DEADLINE_MISSED);
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "industry@gridcase.local")).anySatisfy(
        subject -> assertThat(subject).contains(caseNumber)));
    assertThat(TestSmtp.subjects(mail, "ou.weixiong@gridcase.local")).noneMatch(subject -> subject.contains(caseNumber));

    orders.later(caseNumber, Duration.ofMinutes(2));

    assertThat(cases.task(caseNumber, "UserTask_SuperviseCase", "supervisors")).isNotNull();
    assertThat(deadlines.current(caseNumber, Stage.ACCEPT)).get()
        .satisfies(d -> assertThat(d.overdueAt()).isNotNull());
    assertThat(actions(caseNumber)).contains(CaseAction.DEADLINE_MISSED);
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "ou.weixiong@gridcase.local")).anySatisfy(
        subject -> assertThat(subject).contains(caseNumber)));
  }

  @Test
  void threeTimesOverTheCaseIsFlaggedAndTheCountyCenterSupervises() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：欠款", "国企拖欠中小企业货款"));

    orders.later(caseNumber, Duration.ofHours(3).plusMinutes(1));

    assertThat(records.get(caseNumber).flagged()).isTrue();
    assertThat(cases.task(caseNumber, "UserTask_SuperviseCase", "center-JM-PJ")).isNotNull();
    assertThat(actions(caseNumber)).contains(CaseAction.ESCALATED);
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "kuang.zhiyuan@gridcase.local")).anySatisfy(
        subject -> assertThat(subject).contains(caseNumber)));
  }

  @Test
  void signingLateGainsNothingAndMeetingAStageEndsItsWatch() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：用工", "企业招工难"));

    EngineClock.advance(Duration.ofHours(2));
    orders.signFor(caseNumber, "dept-INDUSTRY", "zhen.zhuowen");

    CaseDeadline accept = deadlines.current(caseNumber, Stage.ACCEPT).orElseThrow();
    assertThat(accept.dueAt()).isEqualTo(dispatch.plusHours(1));
    assertThat(accept.metAt()).isEqualTo(dispatch.plusHours(2));
    assertThat(accept.onTime()).isFalse();
    assertThat(cases.instances(caseNumber, StageDeadlineProcess.ID))
        .extracting(watch -> engine.getRuntimeService().getVariable(watch.getId(), "stage"))
        .containsExactlyInAnyOrder("PLAN", "DONE", "FEEDBACK");
  }

  @Test
  void aRedispatchAfterARejectionDoesNotResetTheDeadlines() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：占道", "厂区门口长期被占道"));
    EngineClock.advance(Duration.ofMinutes(30));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen",
        Map.of("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY"));
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min", Map.of("newDepartment", "URBAN_MGMT"));

    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt()).isEqualTo(dispatch.plusDays(7));
    assertThat(deadlines.current(caseNumber, Stage.ACCEPT).orElseThrow().dueAt()).isEqualTo(dispatch.plusHours(1));
  }

  @Test
  void anOrdinaryHotlineCaseCountsWorkingDaysAcrossNationalDayAndItsMakeUpSaturday() {
    EngineClock.setTo(WEDNESDAY_BEFORE_NATIONAL_DAY);
    String caseNumber = cases.report(Reports.hotline("违法建设", "楼顶违法建设加盖"));

    assertThat(deadlines.current(caseNumber, Stage.ACCEPT).orElseThrow().dueAt())
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 10, 0).atZone(EngineClock.CHINA).toOffsetDateTime());
    // Oct 1-7 off; 8, 9, 10 (the make-up Saturday), 12, 13, 14, 15, 16, 19, 20
    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt())
        .isEqualTo(LocalDateTime.of(2026, 10, 20, 10, 0).atZone(EngineClock.CHINA).toOffsetDateTime());
  }

  @Test
  void anUrgentSafetyHazardGetsShortLimits() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("高空抛物", "楼上住户高空抛物"));

    assertThat(dueDates(caseNumber)).isEqualTo(Map.of(
        Stage.ACCEPT, dispatch.plusMinutes(30), Stage.PLAN, dispatch.plusHours(4), Stage.DONE, dispatch.plusDays(1),
        Stage.FEEDBACK, dispatch.plusDays(7)));
  }

  @Test
  void aPetitionHasFifteenDaysToBeAcceptedAndSixtyToBeDoneAndNoPlanStage() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.report(Channel.PETITION, null, "信访事项", "反映村务公开问题", null));
    cases.complete(caseNumber, "UserTask_DecidePetitionAcceptance", "petition-office", "mo.xiaofang",
        Map.of("acceptanceDecision", "ACCEPT"));

    assertThat(dueDates(caseNumber)).isEqualTo(Map.of(Stage.ACCEPT, dispatch.plusDays(15), Stage.DONE, dispatch.plusDays(60),
        Stage.FEEDBACK, dispatch.plusDays(60)));
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineAndItsTimersAndTellsTheReporter() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：融资", "企业贷款审批慢"));
    extensions.request(caseNumber, Stage.PLAN, "P1D", "需等待银行评估", "zhen.zhuowen");

    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意，需银行配合"));

    CaseDeadline plan = deadlines.current(caseNumber, Stage.PLAN).orElseThrow();
    assertThat(plan.dueAt()).isEqualTo(dispatch.plusDays(2));
    assertThat(plan.extensions()).isEqualTo(1);
    String planWatch = cases.instances(caseNumber, StageDeadlineProcess.ID).stream()
        .filter(w -> "PLAN".equals(engine.getRuntimeService().getVariable(w.getId(), "stage")))
        .findFirst().orElseThrow().getId();
    assertThat(deadlineTimer(planWatch).getDuedate().toInstant()).isEqualTo(dispatch.plusDays(2).toInstant());
    assertThat(actions(caseNumber)).contains(CaseAction.EXTENSION_REQUESTED, CaseAction.EXTENSION_APPROVED);
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "boss@example.cn")).anySatisfy(
        subject -> assertThat(subject).contains(caseNumber)));
  }

  @Test
  void anExtensionApprovedBeforeTheReminderMovesTheReminderDeadlineAndEscalationTogether() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：厂房租赁", "园区厂房租赁合同纠纷"));
    orders.signFor(caseNumber, "dept-INDUSTRY", "zhen.zhuowen");
    ProcessInstance planWatch = watch(caseNumber, Stage.PLAN);
    extensions.request(caseNumber, Stage.PLAN, "P1D", "需等待合同审查", "zhen.zhuowen");

    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意"));

    // SME_117 PLAN: P1D, reminder at 0.8, escalation at 3x; the extension adds P1D to each, read from the record
    assertThat(timerDates(planWatch)).containsExactlyInAnyOrder(
        dispatch.plusHours(19).plusMinutes(12).plusDays(1).toInstant(),
        dispatch.plusDays(2).toInstant(),
        dispatch.plusDays(4).toInstant());
    BpmnAwareTests.assertThat(planWatch).hasPassed("Task_ApplyExtensionDecision").isWaitingAt("ReceiveTask_AwaitStageMet");

    orders.later(caseNumber, Duration.ofHours(20));
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.REMINDER_SENT);
    orders.later(caseNumber, Duration.ofDays(1));
    assertThat(actions(caseNumber)).contains(CaseAction.REMINDER_SENT).doesNotContain(CaseAction.DEADLINE_MISSED);
    orders.later(caseNumber, Duration.ofHours(5));
    assertThat(actions(caseNumber)).contains(CaseAction.DEADLINE_MISSED);
    BpmnAwareTests.assertThat(planWatch).hasPassed("Task_SendReminder", "Task_RecordBreach");
  }

  @Test
  void anExtensionApprovedAfterTheReminderMovesTheDeadlineAndTheReminderIsNotSentAgain() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：设备进口", "进口设备清关慢"));
    orders.signFor(caseNumber, "dept-INDUSTRY", "zhen.zhuowen");
    ProcessInstance planWatch = watch(caseNumber, Stage.PLAN);
    orders.later(caseNumber, Duration.ofHours(20));
    assertThat(actions(caseNumber)).containsOnlyOnce(CaseAction.REMINDER_SENT);

    extensions.request(caseNumber, Stage.PLAN, "P1D", "等待海关答复", "zhen.zhuowen");
    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意"));

    assertThat(timerDates(planWatch)).containsExactlyInAnyOrder(dispatch.plusDays(2).toInstant(), dispatch.plusDays(4).toInstant());
    orders.later(caseNumber, Duration.ofHours(5));
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.DEADLINE_MISSED);
    orders.later(caseNumber, Duration.ofDays(1));
    assertThat(actions(caseNumber)).contains(CaseAction.DEADLINE_MISSED);
    assertThat(actions(caseNumber)).as("no second reminder after the extension").containsOnlyOnce(CaseAction.REMINDER_SENT);
  }

  /** The running watch of a stage. */
  private ProcessInstance watch(String caseNumber, Stage stage) {
    return cases.instances(caseNumber, StageDeadlineProcess.ID).stream()
        .filter(w -> stage.name().equals(engine.getRuntimeService().getVariable(w.getId(), "stage")))
        .findFirst().orElseThrow();
  }

  private List<java.time.Instant> timerDates(ProcessInstance watch) {
    return engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).timers().list().stream()
        .map(job -> job.getDuedate().toInstant()).toList();
  }

  @Test
  void aRefusedExtensionLeavesTheDeadline() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：证照", "营业执照变更慢"));
    extensions.request(caseNumber, Stage.DONE, "P5D", "材料不全", "zhen.zhuowen");

    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", false, "extensionDecisionNote", "不同意：可先受理"));

    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt()).isEqualTo(dispatch.plusDays(7));
    assertThat(actions(caseNumber)).contains(CaseAction.EXTENSION_REFUSED);
  }

  @Test
  void aLeadDepartmentHandlerAsksForAnExtensionFromTasklistAndOthersMayNot() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：环评", "环评审批材料复杂"));
    Map<String, Object> form = Map.of("caseNumber", caseNumber, "stage", "DONE", "extendBy", "P3D", "extensionReason", "需专家评审");

    assertThatThrownBy(() -> startAs("huang.xiaoling", "dept-MARKET", form))
        .hasMessageContaining("lead department");
    startAs("zhen.zhuowen", "dept-INDUSTRY", form);

    assertThat(cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER)).isNotNull();
    assertThat(journal.events(caseNumber)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.EXTENSION_REQUESTED, CaseEvent::action)
        .returns("zhen.zhuowen", CaseEvent::actor));
  }

  /** "Start process" in Tasklist: the start form of request-extension, as the logged-in handler. */
  private void startAs(String user, String group, Map<String, Object> form) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of(group));
    try {
      var definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(RequestExtensionProcess.ID).latestVersion().singleResult();
      engine.getFormService().submitStartForm(definition.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void anExtensionIsBoundByTheRuleOfItsProfileAndStage() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：排污", "园区排污管道堵塞"));

    // SME_117 DONE: once, by at most P7D (extension-limit.dmn)
    for (String beyond : List.of("P999999999D", "P7DT1M", "P8D")) {
      assertThatThrownBy(() -> extensions.request(caseNumber, Stage.DONE, beyond, "需协调", "zhen.zhuowen"))
          .as(beyond)
          .isInstanceOfSatisfying(InvalidExtensionException.class, e -> {
            assertThat(e.field()).isEqualTo("extendBy");
            assertThat(e.reason()).contains("P7D");
          });
    }
    for (String unreadable : List.of("P0D", "PT0H0M", "-P1D", "P-1D", "P1Y", "P1W", "P", "PT", "三天", "P9999999999D", "")) {
      assertThatThrownBy(() -> extensions.request(caseNumber, Stage.DONE, unreadable, "需协调", "zhen.zhuowen"))
          .as("'%s'", unreadable)
          .isInstanceOfSatisfying(InvalidExtensionException.class, e -> assertThat(e.field()).isEqualTo("extendBy"));
    }
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.EXTENSION_REQUESTED);
    assertThat(cases.instances(caseNumber, StageDeadlineProcess.ID)).hasSize(4);

    extensions.request(caseNumber, Stage.DONE, "P7D", "需协调供电局", "zhen.zhuowen");
    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意"));
    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt()).isEqualTo(dispatch.plusDays(14));

    assertThatThrownBy(() -> extensions.request(caseNumber, Stage.DONE, "PT1H", "再延", "zhen.zhuowen"))
        .as("the one extension SME_117 allows is used")
        .isInstanceOf(ExtensionConflictException.class)
        .hasMessageContaining("has had the 1 extension");
    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().extensions()).isEqualTo(1);
  }

  @Test
  void aSecondRequestWhileTheFirstWaitsIsRefusedAndTheFirstStands() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：噪声", "厂区周边施工噪声"));
    extensions.request(caseNumber, Stage.DONE, "P3D", "等待检测报告", "zhen.zhuowen");

    assertThatThrownBy(() -> extensions.request(caseNumber, Stage.DONE, "P7D", "再多些时间", "zhen.zhuowen"))
        .isInstanceOf(ExtensionConflictException.class)
        .hasMessageContaining("already waits");

    var decide = cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER);
    assertThat(engine.getTaskService().getVariable(decide.getId(), "extendBy")).isEqualTo("P3D");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "extensionReason")).isEqualTo("等待检测报告");
    assertThat(actions(caseNumber)).containsOnlyOnce(CaseAction.EXTENSION_REQUESTED);

    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", false, "extensionDecisionNote", "先按原时限办理"));
    assertThat(deadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt()).isEqualTo(dispatch.plusDays(7));

    // decided (refused): a new request may be made, and a refusal uses up no extension
    extensions.request(caseNumber, Stage.DONE, "P2D", "检测报告已出，需整改", "zhen.zhuowen");
    assertThat(engine.getTaskService().getVariable(
        cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER).getId(), "extendBy")).isEqualTo("P2D");
  }

  @Test
  void aPetitionsFifteenDaysToDecideAcceptanceCannotBeExtended() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.report(Channel.PETITION, null, "信访事项", "反映征地补偿问题", null));

    assertThatThrownBy(() -> extensions.request(caseNumber, Stage.ACCEPT, "P1D", "需调查", "someone"))
        .isInstanceOfSatisfying(InvalidExtensionException.class, e -> assertThat(e.field()).isEqualTo("stage"));
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.EXTENSION_REQUESTED);
  }

  @Test
  void theTasklistStartFormIsHeldToTheSameRules() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：用地", "厂房用地审批"));
    Map<String, Object> unbounded = Map.of("caseNumber", caseNumber, "stage", "DONE", "extendBy", "P999999999D",
        "extensionReason", "需长期协调");

    assertThatThrownBy(() -> startAs("zhen.zhuowen", "dept-INDUSTRY", unbounded))
        .isInstanceOf(FormRefusal.class)
        .hasCauseInstanceOf(InvalidExtensionException.class)
        .hasMessageContaining("extendBy");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_DecideExtension").count()).isZero();

    startAs("zhen.zhuowen", "dept-INDUSTRY", Map.of("caseNumber", caseNumber, "stage", "DONE", "extendBy", "P3D",
        "extensionReason", "需专家评审"));
    assertThatThrownBy(() -> startAs("zhen.zhuowen", "dept-INDUSTRY", Map.of("caseNumber", caseNumber, "stage", "DONE",
        "extendBy", "P1D", "extensionReason", "覆盖前一申请")))
        .isInstanceOf(FormRefusal.class)
        .hasCauseInstanceOf(ExtensionConflictException.class);
    assertThat(engine.getTaskService().getVariable(
        cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER).getId(), "extendBy")).isEqualTo("P3D");
  }

  @Test
  void anApprovalIsCheckedAgainstTheRuleEvenIfTheRequestWasChangedSince() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：供水", "园区供水压力不足"));
    extensions.request(caseNumber, Stage.DONE, "P3D", "等待管网改造", "zhen.zhuowen");
    var decide = cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER);
    engine.getTaskService().setVariable(decide.getId(), "extendBy", "P999999999D");

    assertThatThrownBy(() -> cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意")))
        .isInstanceOfSatisfying(FormRefusal.class, e -> assertThat(e.getCause())
            .isInstanceOfSatisfying(InvalidExtensionException.class, refusal -> assertThat(refusal.field()).isEqualTo("extendBy")));

    CaseDeadline done = deadlines.current(caseNumber, Stage.DONE).orElseThrow();
    assertThat(done.dueAt()).isEqualTo(dispatch.plusDays(7));
    assertThat(done.extensions()).isZero();
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.EXTENSION_APPROVED);
  }

  @Test
  void anExtensionMustBeAskedBeforeTheDeadline() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：税务", "退税慢"));
    EngineClock.advance(Duration.ofHours(2));

    assertThatThrownBy(() -> extensions.request(caseNumber, Stage.ACCEPT, "PT1H", "忙", "zhen.zhuowen"))
        .isInstanceOf(DeadlineException.class)
        .hasMessageContaining("passed");
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.EXTENSION_REQUESTED);
  }

  @Test
  void urgingMailsTheHolderAndIsRecorded() {
    String caseNumber = cases.report(Reports.hotline("拖欠工资", "老板欠薪两个月"));

    urgings.urge(caseNumber, "ou.weixiong", "请尽快签收处理");

    assertThat(journal.events(caseNumber)).last()
        .returns(CaseAction.URGED, CaseEvent::action)
        .returns("ou.weixiong", CaseEvent::actor);
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "hrss@gridcase.local")).anySatisfy(
        subject -> assertThat(subject).contains(caseNumber)));
  }

  @Test
  void aSupervisorWhoUrgesFromTheSupervisionTaskReachesTheHolder() {
    String caseNumber = smeCaseOverItsReplyDeadline("企业诉求：水电", "停水影响生产");

    cases.complete(caseNumber, "UserTask_SuperviseCase", "supervisors", "ou.weixiong",
        Map.of("supervisionNote", "部门未签收，已电话督促", "urgeHolder", true));

    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.DEADLINE_MISSED, CaseAction.SUPERVISED, CaseAction.URGED);
  }

  @Test
  void aSupervisorMayCloseTheSupervisionWithoutUrging() {
    String caseNumber = smeCaseOverItsReplyDeadline("企业诉求：物流", "园区道路损坏");

    cases.complete(caseNumber, "UserTask_SuperviseCase", "supervisors", "ou.weixiong",
        Map.of("supervisionNote", "部门已说明原因", "urgeHolder", false));

    assertThat(actions(caseNumber)).contains(CaseAction.SUPERVISED).doesNotContain(CaseAction.URGED);
    assertThat(cases.instances(caseNumber, SuperviseCaseProcess.ID)).isEmpty();
  }

  /** An SME case whose department has not replied within the hour: the supervisors have a task. */
  private String smeCaseOverItsReplyDeadline(String title, String description) {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme(title, description));
    orders.later(caseNumber, Duration.ofMinutes(61));
    return caseNumber;
  }

  private Map<Stage, OffsetDateTime> dueDates(String caseNumber) {
    return deadlines.of(caseNumber).stream()
        .collect(Collectors.toMap(CaseDeadline::stage, CaseDeadline::dueAt));
  }

  private Job deadlineTimer(String watchId) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(watchId).activityId("StartEvent_DeadlineDue").timers().singleResult();
  }

  /** The case's journal actions, a co-handler's own reminders and breaches (ADR 24, 29) aside: these tests are about the lead's stages. */
  private List<CaseAction> actions(String caseNumber) {
    return journal.events(caseNumber).stream()
        .filter(event -> event.detail() == null || !event.detail().startsWith("协办"))
        .map(CaseEvent::action)
        .toList();
  }

  private List<String> mailTo(String address) {
    return Arrays.stream(mail.getReceivedMessagesForDomain(address)).map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
