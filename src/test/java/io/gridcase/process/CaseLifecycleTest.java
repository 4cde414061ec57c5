package io.gridcase.process;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.REPORTER_EMAIL;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.notification.SmsProcesses;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case lifecycle as a story: the happy path in one test, each detour in its own. Tasks are
 * completed by members of the groups the models offer them to; jobs and timers run by hand.
 */
@GridcaseTest
class CaseLifecycleTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired CaseJournal journal;
  @Autowired SmsOutbox sms;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void wageArrearsGoesFromHotlineThroughLeadAndCoHandlerToClosedAfterTwoRevisits() throws Exception {
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资三个月", "丰乐路工地老板拖欠工资，涉及 12 名工人"));

    assertThat(cases.lifecycle(caseNumber))
        .hasPassedInOrder("Task_RegisterCase", "Task_ClassifyCase", "Task_TriageCase", "Task_RecordTriage",
            "Task_PickLeadDepartment", "Task_PickCoHandlingDepartments", "Task_DispatchCase")
        .hasVariables("leadDepartment", "coDepartments");
    CaseRecord dispatched = records.get(caseNumber);
    assertThat(dispatched.category()).isEqualTo("WAGE_ARREARS");
    assertThat(dispatched.priority()).isEqualTo("HIGH");
    assertThat(dispatched.slaProfile()).isEqualTo("HOTLINE_ORDINARY");
    assertThat(dispatched.leadDepartment()).isEqualTo("HRSS");
    assertThat(dispatched.stage()).isEqualTo(CaseStage.HANDLING);
    assertThat(dispatched.dispatchedAt()).isNotNull();

    signFor(caseNumber, "HRSS", "chen.zhihua");
    signFor(caseNumber, "JUSTICE", "lin.suzhen");
    cases.complete(caseNumber, "UserTask_ReportContribution", "dept-JUSTICE", "lin.suzhen",
        Map.of("contribution", "司法所已为工人提供法律援助"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-HRSS", "chen.zhihua",
        Map.of("plan", "约谈施工方，三日内结清欠薪"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-HRSS", "chen.zhihua",
        Map.of("outcome", "RESOLVED", "resultSummary", "12 名工人工资已全部结清"));

    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("Task_SendFeedbackMail");
    cases.runDueJobs(caseNumber);
    MimeMessage feedback = onlyMailTo(REPORTER_EMAIL, caseNumber);
    assertThat(feedback.getSubject()).contains(caseNumber);
    assertThat((String) feedback.getContent()).contains("已解决", "12 名工人工资已全部结清", caseNumber);

    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("TimerEvent_RevisitDue");
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    revisit(caseNumber, "UserTask_RevisitReporter", "SATISFIED");
    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("TimerEvent_SecondRevisitDue");
    cases.fireTimer(caseNumber, "TimerEvent_SecondRevisitDue");
    var secondRevisit = engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_RevisitReporterAgain")
        .processVariableValueEquals("caseNumber", caseNumber).singleResult();
    var form = engine.getFormService().getTaskFormVariables(secondRevisit.getId());
    assertThat(form.get("satisfaction")).as("the second revisit's form starts empty, not with the first answer").isNull();
    assertThat(form.get("revisitNote")).isNull();
    revisit(caseNumber, "UserTask_RevisitReporterAgain", "BASICALLY_SATISFIED");

    assertThat(cases.lifecycle(caseNumber)).isNull();
    CaseRecord closed = records.get(caseNumber);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED);
    assertThat(closed.outcome()).isEqualTo("RESOLVED");
    assertThat(closed.satisfaction()).isEqualTo("BASICALLY_SATISFIED");
    assertThat(closed.closedAt()).isNotNull();
    assertThat(actions(caseNumber))
        .containsSubsequence(CaseAction.REPORTED, CaseAction.TRIAGED, CaseAction.DISPATCHED, CaseAction.SIGNED,
            CaseAction.PLAN_PROPOSED, CaseAction.RESULT_REPORTED, CaseAction.FEEDBACK_SENT,
            CaseAction.REVISITED, CaseAction.REVISITED, CaseAction.CLOSED);
    assertThat(journal.events(caseNumber))
        .anySatisfy(e -> assertThat(e).returns(CaseAction.PLAN_PROPOSED, CaseEvent::action).returns("chen.zhihua", CaseEvent::actor));
  }

  @Test
  void aCaseTheRulesCannotClassifyGoesToAnIntakeClerk() {
    String caseNumber = cases.report(Reports.hotline("反映一个问题", "小区门口的路灯晚上不亮"));

    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("UserTask_TriageCaseManually");
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.TRIAGE);
    cases.complete(caseNumber, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan",
        Map.of("category", "ILLEGAL_CONSTRUCTION", "triageNote", "路灯被违建遮挡"));

    assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_TriageCase", "Task_DispatchCase");
    assertThat(records.get(caseNumber).category()).isEqualTo("ILLEGAL_CONSTRUCTION");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
  }

  @Test
  void aGridWorkerSettlesANeighbourDisputeOnTheSpot() {
    String caseNumber = cases.report(
        Reports.report(Channel.GRID_REPORT, null, "邻里噪音纠纷", "楼上邻居深夜装修，双方发生争吵", REPORTER_EMAIL));

    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("UserTask_ResolveOnTheSpot");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskAssignee(GRID_WORKER).count()).isEqualTo(1);
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.ON_THE_SPOT);
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", true, "outcome", "RESOLVED", "resultSummary", "网格员上门调解，双方达成协议"));

    assertThat(cases.lifecycle(caseNumber))
        .hasNotPassed("Task_PickLeadDepartment")
        .isWaitingAt("Task_SendFeedbackMail");
    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(actions(caseNumber)).contains(CaseAction.RESOLVED_ON_THE_SPOT).doesNotContain(CaseAction.DISPATCHED);
  }

  @Test
  void whatTheGridWorkerCannotSettleIsDispatched() {
    String caseNumber = cases.report(
        Reports.report(Channel.GRID_REPORT, null, "占道摆摊", "菜市场门口长期占道摆摊", REPORTER_EMAIL));

    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", false, "resultSummary", "摊主拒不配合"));

    assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_DispatchCase");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(cases.order(caseNumber, "MARKET")).isNotNull();
    assertThat(actions(caseNumber)).contains(CaseAction.NOT_RESOLVED_ON_THE_SPOT, CaseAction.DISPATCHED);
  }

  @Test
  void theTownCenterDispatchesWhatNoRuleRoutes() {
    String caseNumber = cases.report(Reports.report(Channel.HOTLINE_12345, "OTHER", "其他诉求", "咨询政策", REPORTER_EMAIL));
    cases.complete(caseNumber, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan", Map.of("category", "OTHER"));

    assertThat(cases.lifecycle(caseNumber)).isWaitingAt("UserTask_DispatchCaseManually");
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.DISPATCH);
    cases.complete(caseNumber, "UserTask_DispatchCaseManually", TOWN_CENTER, "zhao.min",
        Map.of("leadDepartment", "CIVIL_AFFAIRS", "coDepartments", List.of("HEALTH", "CIVIL_AFFAIRS")));

    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("CIVIL_AFFAIRS");
    assertThat(cases.order(caseNumber, "CIVIL_AFFAIRS")).isNotNull();
    assertThat(cases.order(caseNumber, "HEALTH")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(cases.lifecycle(caseNumber).getId(), "coDepartments"))
        .isEqualTo(List.of("HEALTH"));
  }

  @Test
  void anUnsatisfiedReporterReopensTheCase() {
    String caseNumber = cases.report(Reports.hotline("路边违停", "小区门口车辆长期违停占用车道"));
    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");
    cases.runDueJobs(caseNumber);
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    revisit(caseNumber, "UserTask_RevisitReporter", "UNSATISFIED");

    CaseRecord reopened = records.get(caseNumber);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.outcome()).isNull();
    assertThat(reopened.satisfaction()).isEqualTo("UNSATISFIED");
    assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_ReopenCase");

    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");
    cases.runDueJobs(caseNumber);
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    revisit(caseNumber, "UserTask_RevisitReporter", "SATISFIED");

    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.REOPENED, CaseAction.SIGNED, CaseAction.CLOSED);
  }

  @Test
  void anUnsatisfiedSecondRevisitReopensTheCaseToo() {
    String caseNumber = cases.report(Reports.hotline("房屋产权纠纷", "祖屋产权与亲戚发生争议"));
    signFor(caseNumber, "HOUSING", "liang.guodong");
    Map.of("COURT", "liu.wanyi", "JUSTICE", "lin.suzhen").forEach((co, handler) -> {
      signFor(caseNumber, co, handler);
      cases.complete(caseNumber, "UserTask_ReportContribution", "dept-" + co, handler, Map.of("contribution", "已配合"));
    });
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-HOUSING", "liang.guodong", Map.of("plan", "组织调解"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-HOUSING", "liang.guodong",
        Map.of("outcome", "PARTLY_RESOLVED", "resultSummary", "部分达成一致"));
    cases.runDueJobs(caseNumber);
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    revisit(caseNumber, "UserTask_RevisitReporter", "SATISFIED");
    cases.fireTimer(caseNumber, "TimerEvent_SecondRevisitDue");
    revisit(caseNumber, "UserTask_RevisitReporterAgain", "UNSATISFIED");

    assertThat(records.get(caseNumber).reopenCount()).isEqualTo(1);
    assertThat(cases.order(caseNumber, "HOUSING")).isNotNull();
  }

  @Test
  void aReporterWithAPhoneAndNoEmailHearsTheOutcomeBySms() {
    String caseNumber = cases.report(
        Reports.report(Channel.HOTLINE_12345, null, "乱停车", "路口长期违停", null));
    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");

    assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_SendFeedbackSms").hasNotPassed("Task_SendFeedbackMail")
        .isWaitingAt("TimerEvent_RevisitDue");
    List<SmsEntry> sent = sms.ofCase(caseNumber);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).phone()).isEqualTo("13800138000");
    assertThat(sent.get(0).kind()).isEqualTo(SmsKind.FEEDBACK);
    assertThat(sent.get(0).text()).startsWith("【江门综治】您好，王芳").contains("乱停车", caseNumber, "已解决", "已处置");
    ProcessInstance sendSms = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(SmsProcesses.businessKey(sent.get(0).id())).singleResult();
    assertThat(sendSms).isWaitingAt("Task_SendSms").isNotEnded();
    assertThat(engine.getRuntimeService().getVariables(sendSms.getId())).containsOnlyKeys("smsId");
    assertThat(actions(caseNumber)).contains(CaseAction.FEEDBACK_SENT);
  }

  @Test
  void nothingGoesToAReporterWithNeitherPhoneNorEmail() {
    CaseReport noContact = Reports.report(Channel.HOTLINE_12345, null, "乱停车", "路口长期违停", null);
    String caseNumber = cases.report(new CaseReport(noContact.channel(), null, null, noContact.title(),
        noContact.description(), noContact.location(), new CaseReport.ReporterContact("王芳", null, null, false),
        null, null, null));
    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");

    assertThat(cases.lifecycle(caseNumber)).hasNotPassed("Task_SendFeedbackMail", "Task_SendFeedbackSms")
        .isWaitingAt("TimerEvent_RevisitDue");
    assertThat(sms.ofCase(caseNumber)).isEmpty();
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.FEEDBACK_SENT);
  }

  @Test
  void aCaseStartedFromTheTasklistFormGetsANumberAndKeepsContactDetailsOffTheInstanceAndItsHistory() {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CaseLifecycleProcess.ID).latestVersion().singleResult();
    var started = engine.getFormService().submitStartForm(definition.getId(), Map.of(
        "channel", "WALK_IN", "title", "违法建设", "description", "楼顶加建铁皮房，疑似违建",
        "gridCode", Reports.GRID, "reporterName", "李明", "reporterPhone", "13900139000",
        "reporterEmail", "li.ming@example.cn", "anonymous", false));

    String caseNumber = started.getBusinessKey();
    assertThat(caseNumber).startsWith("GC");
    CaseRecord registered = records.get(caseNumber);
    assertThat(registered.reporter().email()).isEqualTo("li.ming@example.cn");
    assertThat(registered.processInstanceId()).isEqualTo(started.getId());
    assertThat(engine.getRuntimeService().getVariables(started.getId()))
        .doesNotContainKeys("reporterName", "reporterPhone", "reporterEmail")
        .containsEntry("caseNumber", caseNumber)
        .containsEntry("reporterHasEmail", true);
    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.getId()).list())
        .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
        .contains("title", "gridCode")
        .doesNotContain("reporterName", "reporterPhone", "reporterEmail");
    assertThat(history.createHistoricDetailQuery().processInstanceId(started.getId()).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .contains("title")
        .doesNotContain("reporterName", "reporterPhone", "reporterEmail");
  }

  @Test
  void theReporterCanWithdrawACaseWhileDepartmentsHandleIt() {
    String caseNumber = cases.report(Reports.hotline("拖欠工资", "老板欠薪两个月"));
    assertThat(cases.order(caseNumber, "HRSS")).isNotNull();

    engine.getRuntimeService().createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CASE_CANCELLED)
        .processInstanceBusinessKey(caseNumber).setVariable("cancellationReason", "已与老板协商解决").correlate();

    assertThat(cases.lifecycle(caseNumber)).isNull();
    assertThat(cases.order(caseNumber, "HRSS")).isNull();
    CaseRecord cancelled = records.get(caseNumber);
    assertThat(cancelled.status()).isEqualTo(CaseStatus.CANCELLED);
    assertThat(journal.events(caseNumber)).last()
        .returns(CaseAction.CANCELLED, CaseEvent::action)
        .returns("已与老板协商解决", CaseEvent::detail);
  }

  private void handleAsLeadAlone(String caseNumber, String department, String user) {
    signFor(caseNumber, department, user);
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-" + department, user, Map.of("plan", "现场处置"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-" + department, user,
        Map.of("outcome", "RESOLVED", "resultSummary", "已处置"));
  }

  private void signFor(String caseNumber, String department, String user) {
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-" + department, user, Map.of("orderDecision", "ACCEPT"));
  }

  private void revisit(String caseNumber, String taskKey, String satisfaction) {
    cases.complete(caseNumber, taskKey, "revisit", "ye.wanting",
        Map.of("satisfaction", satisfaction, "revisitNote", "电话回访"));
  }

  private List<CaseAction> actions(String caseNumber) {
    return journal.events(caseNumber).stream().map(CaseEvent::action).toList();
  }

  /** The outbox sends after the step commits, on a thread of its own: wait for the mail. */
  private MimeMessage onlyMailTo(String address, String caseNumber) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(address, caseNumber).isEmpty());
    List<MimeMessage> to = mailsTo(address, caseNumber);
    assertThat(to).hasSize(1);
    return to.get(0);
  }

  private List<MimeMessage> mailsTo(String address, String caseNumber) {
    return Arrays.stream(mail.getReceivedMessagesForDomain(address)).filter(m -> {
      try {
        return m.getSubject().contains(caseNumber);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
