package io.gridcase.process;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailOutbox;
import io.gridcase.notification.OutboxEntry;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Detours of the case lifecycle as chunks: each test starts a {@code case-lifecycle} instance right
 * before the activity it is about ({@code startBeforeActivity}), with the variables registration,
 * triage and dispatch would have left and the rows that point needs, instead of handling the case
 * step by step to get there. The full stories stay in {@link CaseLifecycleTest}.
 *
 * <p>The case record is registered as intake registers it ({@link CaseIntake#registerStarted}),
 * without a lifecycle, and the chunk takes the record as {@code Task_RegisterCase} would
 * ({@link CaseRecords#attachProcessInstance}): a case has one lifecycle, so a chunk is never a
 * second start of a case already running.
 */
@GridcaseTest
class CaseLifecycleChunksTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseIntake intake;
  @Autowired CaseRecords records;
  @Autowired DepartmentOrders orders;
  @Autowired CaseJournal journal;
  @Autowired MailOutbox outbox;
  @Autowired CaseClock clock;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anUnsatisfiedReporterSendsTheCaseBackToTheDepartmentsThatHandledIt() {
    String caseNumber = handled(Reports.hotline("工地欠薪", "工地老板拖欠工资"), "HRSS", "JUSTICE");
    ProcessInstance lifecycle = startBefore("UserTask_RevisitReporter", caseNumber, revisitPolicy(false));

    complete(claim(task(lifecycle), "ye.wanting"), withVariables("satisfaction", "UNSATISFIED", "revisitNote", "电话回访"));

    assertThat(lifecycle).hasPassedInOrder("UserTask_RevisitReporter", "Task_ReopenCase")
        .isWaitingAt("CallActivity_HandleAsLead", "CallActivity_CoHandle");
    CaseRecord reopened = records.get(caseNumber);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.satisfaction()).isEqualTo("UNSATISFIED");
    assertThat(reopened.outcome()).isNull();
    assertThat(reopened.stage()).isEqualTo(CaseStage.HANDLING);
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::role, DepartmentOrder::status)
        .containsExactlyInAnyOrder(tuple("HRSS", Role.LEAD, Status.DISPATCHED), tuple("JUSTICE", Role.CO, Status.DISPATCHED));
    assertThat(signForGroups(caseNumber)).containsExactlyInAnyOrder("dept-HRSS", "dept-JUSTICE");
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.REVISITED, CaseAction.REOPENED);
  }

  @Test
  void aSatisfiedReporterIsAskedAgainWhenThePolicyWantsASecondRevisit() {
    String caseNumber = handled(Reports.hotline("房屋产权纠纷", "祖屋产权争议"), "HOUSING");
    ProcessInstance lifecycle = startBefore("UserTask_RevisitReporter", caseNumber, revisitPolicy(true));

    complete(claim(task(lifecycle), "ye.wanting"), withVariables("satisfaction", "SATISFIED", "revisitNote", "电话回访"));
    assertThat(lifecycle).isWaitingAt("TimerEvent_SecondRevisitDue");
    execute(job(lifecycle));

    assertThat(lifecycle).isWaitingAt("UserTask_RevisitReporterAgain");
    var form = engine.getFormService().getTaskFormVariables(task(lifecycle).getId());
    assertThat(form.get("satisfaction")).as("the second revisit's form starts empty, not with the first answer").isNull();
    assertThat(records.get(caseNumber).satisfaction()).isEqualTo("SATISFIED");
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void anUnsatisfiedSecondRevisitReopensTheCase() {
    String caseNumber = handled(Reports.hotline("房屋产权纠纷", "祖屋产权与亲戚发生争议"), "HOUSING", "COURT");
    ProcessInstance lifecycle = startBefore("UserTask_RevisitReporterAgain", caseNumber, revisitPolicy(true));

    complete(claim(task(lifecycle), "ye.wanting"), withVariables("satisfaction", "UNSATISFIED", "revisitNote", "仍未解决"));

    assertThat(lifecycle).hasPassedInOrder("UserTask_RevisitReporterAgain", "Task_ReopenCase");
    assertThat(records.get(caseNumber).reopenCount()).isEqualTo(1);
    assertThat(signForGroups(caseNumber)).containsExactlyInAnyOrder("dept-HOUSING", "dept-COURT");
  }

  @Test
  void aBasicallySatisfiedSecondRevisitClosesTheCase() {
    String caseNumber = handled(Reports.hotline("工地拖欠工资", "拖欠 12 名工人工资"), "HRSS");
    ProcessInstance lifecycle = startBefore("UserTask_RevisitReporterAgain", caseNumber, revisitPolicy(true));

    complete(claim(task(lifecycle), "ye.wanting"), withVariables("satisfaction", "BASICALLY_SATISFIED", "revisitNote", "电话回访"));

    assertThat(lifecycle).hasPassedInOrder("UserTask_RevisitReporterAgain", "Task_CloseCase").isEnded();
    CaseRecord closed = records.get(caseNumber);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED);
    assertThat(closed.satisfaction()).isEqualTo("BASICALLY_SATISFIED");
    assertThat(closed.outcome()).isEqualTo("RESOLVED");
    assertThat(closed.closedAt()).isNotNull();
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.REVISITED, CaseAction.CLOSED);
  }

  @Test
  void theReporterIsMailedTheResultAndTheRevisitWaitsItsTurn() {
    String caseNumber = handled(Reports.hotline("路边违停", "小区门口车辆长期违停"), "TRAFFIC_POLICE");
    ProcessInstance lifecycle = startBefore("Task_SendFeedbackMail", caseNumber, Map.of());
    assertThat(lifecycle).isWaitingAt("Task_SendFeedbackMail");

    execute(job(lifecycle));
    execute(job(lifecycle));

    assertThat(lifecycle).hasPassedInOrder("Task_SendFeedbackMail", "Task_DecideRevisitPolicy")
        .isWaitingAt("TimerEvent_RevisitDue");
    assertThat(queued(caseNumber, MailKind.FEEDBACK)).singleElement()
        .satisfies(mail -> assertThat(mail.recipients()).containsExactly(Reports.REPORTER_EMAIL))
        .satisfies(mail -> assertThat(mail.body()).contains("已处置", caseNumber));
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.REVISIT);
    assertThat(actions(caseNumber)).contains(CaseAction.FEEDBACK_SENT);
  }

  @Test
  void aCaseWaitingForItsRevisitCanStillBeWithdrawn() {
    String caseNumber = handled(Reports.hotline("拖欠工资", "老板欠薪两个月"), "HRSS");
    ProcessInstance lifecycle = startBefore("TimerEvent_RevisitDue", caseNumber, revisitPolicy(false));

    engine.getRuntimeService().createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CASE_CANCELLED)
        .processInstanceBusinessKey(caseNumber).setVariable("cancellationReason", "已与老板协商解决").correlate();

    assertThat(lifecycle).hasPassed("Task_RecordCancellation").isEnded();
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.CANCELLED);
    assertThat(journal.events(caseNumber)).last()
        .returns(CaseAction.CANCELLED, CaseEvent::action)
        .returns("已与老板协商解决", CaseEvent::detail);
  }

  @Test
  void aGridWorkerWhoSettlesTheCaseOnTheSpotSkipsDispatch() {
    String caseNumber = registered(Reports.report(Channel.GRID_REPORT, null, "邻里噪音纠纷", "楼上深夜装修", Reports.REPORTER_EMAIL));
    ProcessInstance lifecycle = startBefore("Task_EnterOnTheSpotStage", caseNumber, Map.of("onTheSpot", true));
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.ON_THE_SPOT);
    assertThat(task(lifecycle)).isAssignedTo(GRID_WORKER);

    completeAs(GRID_WORKER, task(lifecycle),
        withVariables("resolvedOnTheSpot", true, "outcome", "RESOLVED", "resultSummary", "网格员上门调解，双方达成协议"));

    assertThat(lifecycle).hasNotPassed("Task_PickLeadDepartment", "Task_DispatchCase").isWaitingAt("Task_SendFeedbackMail");
    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(orders.of(caseNumber)).isEmpty();
    assertThat(journal.events(caseNumber)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.RESOLVED_ON_THE_SPOT, CaseEvent::action)
        .returns(GRID_WORKER, CaseEvent::actor));
    assertThat(actions(caseNumber)).doesNotContain(CaseAction.DISPATCHED);
  }

  @Test
  void whatTheGridWorkerCannotSettleIsDispatchedByTheRules() {
    String caseNumber = registered(Reports.report(Channel.GRID_REPORT, null, "占道摆摊", "菜市场门口长期占道摆摊", Reports.REPORTER_EMAIL));
    ProcessInstance lifecycle = startBefore("Task_EnterOnTheSpotStage", caseNumber,
        Map.of("onTheSpot", true, "category", "STREET_VENDING"));

    complete(task(lifecycle), withVariables("resolvedOnTheSpot", false, "resultSummary", "摊主拒不配合"));

    assertThat(lifecycle).hasPassedInOrder("UserTask_ResolveOnTheSpot", "Task_PickLeadDepartment", "Task_DispatchCase");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::role)
        .contains(tuple("URBAN_MGMT", Role.LEAD), tuple("MARKET", Role.CO));
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.NOT_RESOLVED_ON_THE_SPOT, CaseAction.DISPATCHED);
  }

  @Test
  void anIntakeClerkClassifiesWhatTheRulesCannotAndTheCaseGoesOn() {
    String caseNumber = registered(Reports.hotline("反映一个问题", "小区门口的路灯晚上不亮"));
    ProcessInstance lifecycle = startBefore("UserTask_TriageCaseManually", caseNumber, Map.of());

    complete(claim(task(lifecycle), "luo.xiaoyan"), withVariables("category", "ILLEGAL_CONSTRUCTION", "triageNote", "路灯被违建遮挡"));

    assertThat(lifecycle).hasPassedInOrder("UserTask_TriageCaseManually", "Task_TriageCase", "Task_RecordTriage",
        "Task_PickLeadDepartment", "Task_DispatchCase");
    CaseRecord dispatched = records.get(caseNumber);
    assertThat(dispatched.category()).isEqualTo("ILLEGAL_CONSTRUCTION");
    assertThat(dispatched.leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(dispatched.stage()).isEqualTo(CaseStage.HANDLING);
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.TRIAGED, CaseAction.DISPATCHED);
  }

  @Test
  void theTownCenterDispatchesWhatNoRuleRoutes() {
    String caseNumber = registered(Reports.report(Channel.HOTLINE_12345, "OTHER", "其他诉求", "咨询政策", Reports.REPORTER_EMAIL));
    ProcessInstance lifecycle = startBefore("UserTask_DispatchCaseManually", caseNumber, Map.of("category", "OTHER"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(lifecycle.getId())
        .taskCandidateGroup(TOWN_CENTER).count()).isEqualTo(1);

    complete(claim(task(lifecycle), "zhao.min"),
        withVariables("leadDepartment", "CIVIL_AFFAIRS", "coDepartments", new ArrayList<>(List.of("HEALTH", "CIVIL_AFFAIRS"))));

    assertThat(lifecycle).hasPassedInOrder("UserTask_DispatchCaseManually", "Task_DispatchCase", "Task_LookUpDeadlines")
        .isWaitingAt("CallActivity_HandleAsLead", "CallActivity_CoHandle", "CallActivity_WatchDeadlines");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("CIVIL_AFFAIRS");
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::role, DepartmentOrder::status)
        .containsExactlyInAnyOrder(tuple("CIVIL_AFFAIRS", Role.LEAD, Status.DISPATCHED), tuple("HEALTH", Role.CO, Status.DISPATCHED));
    assertThat(signForGroups(caseNumber)).containsExactlyInAnyOrder("dept-CIVIL_AFFAIRS", "dept-HEALTH");
    assertThat(queued(caseNumber, MailKind.ORDER_DISPATCHED)).hasSize(2);
  }

  // ---------------------------------------------------------------------------------- helpers

  /** A case on file as intake registers it, with no lifecycle yet: the chunk will be its lifecycle. */
  private String registered(CaseReport report) {
    return intake.registerStarted(report).caseNumber();
  }

  /**
   * A case its departments have handled: dispatched to the lead and co-handlers, each order done,
   * the lead's result on the record.
   */
  private String handled(CaseReport report, String lead, String... coHandlers) {
    String caseNumber = registered(report);
    var at = clock.now();
    records.recordDispatch(caseNumber, lead, at);
    orders.dispatch(caseNumber, lead, Role.LEAD, at);
    orders.complete(caseNumber, lead, Role.LEAD, at);
    for (String co : coHandlers) {
      orders.dispatch(caseNumber, co, Role.CO, at);
      orders.complete(caseNumber, co, Role.CO, at);
    }
    records.recordOutcome(caseNumber, "RESOLVED", "已处置");
    return caseNumber;
  }

  /** What revisit-policy decided for the case. */
  private static Map<String, Object> revisitPolicy(boolean secondRevisit) {
    return Map.of("revisitDelay", "PT24H", "secondRevisit", secondRevisit, "secondRevisitDelay", "P30D");
  }

  /**
   * Starts the case's lifecycle before {@code activity} with the variables registration, triage and
   * dispatch leave on it (overridden by {@code atThisPoint}), and gives it the case as
   * Task_RegisterCase does.
   */
  /** Completes a task as the logged-in user, as Tasklist does: the step after it journals that user. */
  private void completeAs(String user, org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      complete(task, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance startBefore(String activity, String caseNumber, Map<String, Object> atThisPoint) {
    CaseRecord c = records.get(caseNumber);
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("channel", c.channel());
    variables.put("title", c.title());
    variables.put("description", c.description());
    variables.put("reportedCategory", c.reportedCategory());
    variables.put("sme", c.isSme());
    variables.put("overseasChinese", c.overseasChinese());
    variables.put("reporterHasEmail", c.reporter().hasEmail());
    variables.put("gridCode", c.place().gridCode());
    variables.put("townCode", c.place().townCode());
    variables.put("countyCode", c.place().countyCode());
    variables.put("townCenterGroup", TOWN_CENTER);
    variables.put("countyCenterGroup", "center-" + c.place().countyCode());
    variables.put("gridWorker", GRID_WORKER);
    variables.put("category", c.category());
    variables.put("priority", "NORMAL");
    variables.put("slaProfile", "HOTLINE_ORDINARY");
    variables.put("onTheSpot", false);
    variables.put("complex", false);
    variables.put("leadDepartment", c.leadDepartment());
    variables.put("coDepartments", new ArrayList<String>());
    // the deadline watches are DeadlineTest's story: a chunk that forks the handling starts none
    variables.put("deadlines", new ArrayList<>());
    variables.putAll(atThisPoint);
    ProcessInstance lifecycle = engine.getRuntimeService().createProcessInstanceByKey(CaseLifecycleProcess.ID)
        .businessKey(caseNumber)
        .startBeforeActivity(activity)
        .setVariables(variables)
        .execute();
    assertThat(records.attachProcessInstance(caseNumber, lifecycle.getId())).isTrue();
    return lifecycle;
  }

  private List<String> signForGroups(String caseNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").list().stream()
        .flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
        .map(link -> link.getGroupId())
        .filter(group -> group != null)
        .toList();
  }

  private List<OutboxEntry> queued(String caseNumber, MailKind kind) {
    return outbox.ofCase(caseNumber).stream().filter(mail -> mail.kind() == kind).toList();
  }

  private List<CaseAction> actions(String caseNumber) {
    return journal.events(caseNumber).stream().map(CaseEvent::action).toList();
  }
}
