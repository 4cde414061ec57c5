package io.gridcase.mediation;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.REPORTER_EMAIL;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStage;
import io.gridcase.engine.DisputeMediationProcess;
import io.gridcase.intake.Channel;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A neighbour dispute the grid worker could not settle on the spot goes through the mediation
 * funnel (三调联动): people's mediation, the town committee, administrative mediation, the court
 * link, and the court's judicial confirmation; it may settle, pass up or end at every level, and a
 * level that runs out of time passes it up by itself.
 */
@GridcaseTest
class DisputeMediationTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  /** The town's people's mediators of 邻里纠纷 (decisions/mediation-specialty.dmn, ADR 27). */
  static final String VILLAGE_MEDIATORS = "mediators-JM-PJ-HUANSHI-NEIGHBOUR";
  static final String EXPERTS = "mediation-experts";
  static final String VILLAGE_MEDIATOR = "mo.tiaojie";
  static final String JUSTICE = "dept-JUSTICE";
  static final String COURT = "dept-COURT";

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired CaseJournal journal;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
    EngineClock.setTo(LocalDateTime.of(2026, 9, 1, 9, 0));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void aNeighbourDisputeFromAGridReportGoesThroughEveryLevelToJudicialConfirmation() {
    String caseNumber = notSettledOnTheSpot("邻里漏水纠纷", "楼上卫生间漏水到楼下，双方多次争吵");

    ProcessInstance mediation = mediation(caseNumber);
    BpmnAwareTests.assertThat(mediation).isWaitingAt(DisputeMediationProcess.TASK_MEDIATE);
    Task village = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, VILLAGE_MEDIATORS);
    assertThat(village.getName()).isEqualTo("调解纠纷 Mediate dispute · 人民调解 · " + caseNumber + " 邻里漏水纠纷");
    assertThat(village.getDueDate()).as("人民调解: 15 days").isEqualTo(at(2026, 9, 16, 9, 0));
    mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "PASS_UP", null, "楼下要求赔偿过高，村调委会调解不成");

    Task town = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, TOWN_CENTER);
    assertThat(town.getName()).contains("镇街调委会调解");
    assertThat(engine.getFormService().getTaskFormVariables(town.getId()).get("mediationNote"))
        .as("the level above opens an empty form").isNull();
    mediate(caseNumber, TOWN_CENTER, "zhao.min", "PASS_UP", null, "需鉴定漏水原因");
    mediate(caseNumber, JUSTICE, "lin.suzhen", "PASS_UP", null, "双方对鉴定结论有异议");
    Task court = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, COURT);
    assertThat(court.getName()).contains("诉调对接");
    Map<String, Object> settled = form("SETTLED", "楼上维修防水层并赔偿楼下 3000 元，十日内付清", "特邀调解员主持");
    settled.put("judicialConfirmation", true);
    cases.complete(caseNumber, DisputeMediationProcess.TASK_MEDIATE, COURT, "liu.wanyi", settled);
    assertThat(records.get(caseNumber).outcome()).as("the outcome waits for the court").isNull();

    Task confirm = cases.task(caseNumber, DisputeMediationProcess.TASK_CONFIRM, COURT);
    assertThat(confirm.getDueDate()).as("司法确认: 15 days").isEqualTo(at(2026, 9, 16, 9, 0));
    assertThat(engine.getFormService().getTaskFormVariables(confirm.getId()).get("agreementTerms"))
        .as("the court reads the agreement").isEqualTo("楼上维修防水层并赔偿楼下 3000 元，十日内付清");
    cases.complete(caseNumber, DisputeMediationProcess.TASK_CONFIRM, COURT, "liu.wanyi",
        Map.of("judicialConfirmed", true, "confirmationNote", "协议内容合法，确认有效"));

    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed(DisputeMediationProcess.END_CONFIRMATION_DECIDED);
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber))
        .hasPassed("CallActivity_MediateDispute").hasNotPassed("Task_DispatchCase").isWaitingAt("Task_SendFeedbackMail");
    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(records.get(caseNumber).resultSummary()).contains("司法确认", "赔偿楼下 3000 元");
    List<CaseEvent> steps = journal.events(caseNumber);
    assertThat(steps).extracting(CaseEvent::action).containsSubsequence(
        CaseAction.NOT_RESOLVED_ON_THE_SPOT,
        CaseAction.MEDIATION_LEVEL_ENTERED, CaseAction.MEDIATION_PASSED_UP,
        CaseAction.MEDIATION_LEVEL_ENTERED, CaseAction.MEDIATION_PASSED_UP,
        CaseAction.MEDIATION_LEVEL_ENTERED, CaseAction.MEDIATION_PASSED_UP,
        CaseAction.MEDIATION_LEVEL_ENTERED, CaseAction.MEDIATION_SETTLED,
        CaseAction.MEDIATION_LEVEL_ENTERED, CaseAction.JUDICIAL_CONFIRMATION, CaseAction.RESULT_REPORTED);
    assertThat(steps).filteredOn(e -> e.action() == CaseAction.MEDIATION_LEVEL_ENTERED).extracting(CaseEvent::detail)
        .containsExactly("人民调解，期限至 2026-09-16 09:00", "镇街调委会调解，期限至 2026-10-01 09:00",
            "行政调解，期限至 2026-10-01 09:00", "诉调对接，期限至 2026-10-01 09:00", "司法确认，期限至 2026-09-16 09:00");
    assertThat(steps).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.MEDIATION_PASSED_UP, CaseEvent::action).returns(VILLAGE_MEDIATOR, CaseEvent::actor)
        .returns("人民调解：楼下要求赔偿过高，村调委会调解不成", CaseEvent::detail));
  }

  @Test
  void aVillageSettlementWithoutConfirmationResolvesTheCase() {
    String caseNumber = notSettledOnTheSpot("邻里纠纷：楼道堆物", "邻居在楼道堆放杂物，双方争吵");
    ProcessInstance mediation = mediation(caseNumber);
    assertThat(records.get(caseNumber).stage()).isEqualTo(CaseStage.MEDIATION);
    assertThat(records.get(caseNumber).stage().label()).isEqualTo("调解中");
    assertThat(figuresStage(caseNumber)).as("the figures' read model").isEqualTo("MEDIATION");

    mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "SETTLED", "三日内清理楼道杂物", null);

    assertThat(records.get(caseNumber).stage()).as("settled: on to feedback").isEqualTo(CaseStage.FEEDBACK);
    assertThat(figuresStage(caseNumber)).isEqualTo("FEEDBACK");

    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed(DisputeMediationProcess.END_SETTLED)
        .hasNotPassed(DisputeMediationProcess.TASK_CONFIRM);
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber)).isWaitingAt("Task_SendFeedbackMail");
    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(records.get(caseNumber).resultSummary()).isEqualTo("人民调解调解成功：三日内清理楼道杂物");
  }

  /** ADR 22 left a reopened mediated case without a lead department; it is dispatched afresh (ADR 27). */
  @Test
  void aMediatedCaseReopenedAfterAnUnsatisfiedRevisitIsDispatchedToALeadDepartment() {
    String caseNumber = notSettledOnTheSpot("邻里纠纷：共用楼梯", "邻居长期占用共用楼梯");
    mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "SETTLED", "一周内清空楼梯", null);
    cases.runDueJobs(caseNumber);
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    assertThat(records.get(caseNumber).leadDepartment()).as("mediation named no department").isNull();

    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting",
        Map.of("satisfaction", "UNSATISFIED", "revisitNote", "楼梯仍被占用"));

    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber))
        .hasPassedInOrder("Task_ReopenCase", "Gateway_ReopenedHasLead", "Task_EnterDispatchStage", "Task_PickLeadDepartment",
            "Task_DispatchCase", "Task_EnterHandlingStage");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("JUSTICE");
    assertThat(records.get(caseNumber).reopenCount()).isOne();
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", JUSTICE)).as("the lead's order is waiting").isNotNull();
  }

  @Test
  void mediationEndedAtTheTownGoesToTheLeadDepartment() {
    String caseNumber = notSettledOnTheSpot("邻里围墙纠纷", "两户因围墙界址发生纠纷");
    ProcessInstance mediation = mediation(caseNumber);
    mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "PASS_UP", null, null);

    mediate(caseNumber, TOWN_CENTER, "zhao.min", "END", null, "一方拒绝调解");

    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed(DisputeMediationProcess.END_ENDED);
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_DispatchCase");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("JUSTICE");
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.STAGE_ENTERED).extracting(CaseEvent::detail)
        .as("mediation, then dispatch").containsSubsequence("ON_THE_SPOT", "MEDIATION", "DISPATCH", "HANDLING");
    assertThat(cases.order(caseNumber, "JUSTICE")).isNotNull();
    assertThat(journal.events(caseNumber)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.MEDIATION_ENDED, CaseEvent::action).returns("镇街调委会调解：一方拒绝调解", CaseEvent::detail));
  }

  @Test
  void aLevelThatRunsOutOfTimePassesTheDisputeUpAndTheCourtsEndsIt() {
    String caseNumber = notSettledOnTheSpot("邻里噪音纠纷（超期）", "邻居夜间养狗吠叫");
    ProcessInstance mediation = mediation(caseNumber);

    Date due = fireOverdueTimer(mediation);
    assertThat(due).isEqualTo(at(2026, 9, 16, 9, 0));
    Task town = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, TOWN_CENTER);
    assertThat(town.getDueDate()).as("the town's 30 days run from when it takes the dispute").isEqualTo(at(2026, 10, 16, 9, 0));
    assertThat(journal.events(caseNumber)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.MEDIATION_PASSED_UP, CaseEvent::action).returns(CaseJournal.SYSTEM, CaseEvent::actor)
        .returns("人民调解：调解期满，自动上交上一级", CaseEvent::detail));

    fireOverdueTimer(mediation);
    fireOverdueTimer(mediation);
    cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, COURT);
    fireOverdueTimer(mediation);

    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed(DisputeMediationProcess.END_ENDED);
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber)).hasPassed("Task_DispatchCase");
    assertThat(journal.events(caseNumber)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.MEDIATION_ENDED, CaseEvent::action).returns("诉调对接：调解期满未达成协议", CaseEvent::detail));
  }

  @Test
  void aSettlementWithoutTermsAndPassingUpFromTheCourtAreRefusedAtTheirFields() {
    String caseNumber = notSettledOnTheSpot("邻里纠纷（拒收）", "邻居空调外机噪音");
    ProcessInstance mediation = mediation(caseNumber);

    assertThatThrownBy(() -> mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "SETTLED", null, null))
        .hasMessageStartingWith("agreementTerms: ");
    assertThatThrownBy(() -> mediate(caseNumber, VILLAGE_MEDIATORS, VILLAGE_MEDIATOR, "MAYBE", null, null))
        .hasMessageStartingWith("mediationOutcome: ");
    BpmnAwareTests.assertThat(mediation).isWaitingAt(DisputeMediationProcess.TASK_MEDIATE);
    assertThat(records.get(caseNumber).outcome()).isNull();

    fireOverdueTimer(mediation);
    fireOverdueTimer(mediation);
    fireOverdueTimer(mediation);
    assertThatThrownBy(() -> mediate(caseNumber, COURT, "liu.wanyi", "PASS_UP", null, null))
        .hasMessageStartingWith("mediationOutcome: ").hasMessageContaining("最高调解层级");
    mediate(caseNumber, COURT, "liu.wanyi", "SETTLED", "双方同意加装隔音罩", null);
    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed(DisputeMediationProcess.END_SETTLED);
  }

  @Test
  void anOnlineDisputeStartsAtTheTownCommittee() {
    String caseNumber = cases.report(
        Reports.report(Channel.ONLINE_DISPUTE, "HOUSE_PROPERTY", "房屋买卖纠纷", "购房后卖方拒绝过户", REPORTER_EMAIL));
    ProcessInstance lifecycle = cases.lifecycle(caseNumber);
    if (engine.getTaskService().createTaskQuery().processInstanceId(lifecycle.getId())
        .taskDefinitionKey("UserTask_ResolveOnTheSpot").count() > 0) {
      cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
          Map.of("resolvedOnTheSpot", false, "resultSummary", "需调委会调解"));
    }
    Task town = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, TOWN_CENTER);
    assertThat(town.getName()).contains("镇街调委会调解");
    assertThat(cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, EXPERTS).getId())
        .as("a house-property dispute is complex: the expert pool (专家库) joins the town committee").isEqualTo(town.getId());

    mediate(caseNumber, TOWN_CENTER, "zhao.min", "PASS_UP", null, "需行政调解");
    cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, JUSTICE);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroup(EXPERTS).count())
        .as("administrative mediation is the department's own").isZero();
  }

  @Test
  void theVillageOffersANeighbourDisputeToTheTownsMediatorsOfThatSpecialtyOnly() {
    String caseNumber = notSettledOnTheSpot("邻里纠纷：油烟扰民", "楼下饭店油烟扰民，邻居争吵");
    Task village = cases.task(caseNumber, DisputeMediationProcess.TASK_MEDIATE, VILLAGE_MEDIATORS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(village.getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).filteredOn(java.util.Objects::nonNull)
        .as("not complex: no experts, and only the specialty's pool").containsExactly(VILLAGE_MEDIATORS);
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser(VILLAGE_MEDIATOR).taskId(village.getId()).count())
        .as("mo.tiaojie mediates 邻里纠纷").isOne();
  }

  private String notSettledOnTheSpot(String title, String description) {
    String caseNumber = cases.report(Reports.report(Channel.GRID_REPORT, null, title, description, REPORTER_EMAIL));
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber)).isWaitingAt("UserTask_ResolveOnTheSpot");
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", false, "resultSummary", "网格员劝解无果，转人民调解"));
    return caseNumber;
  }

  /** The stage the figures' read model ({@code kpi_case}) has for the case. */
  private String figuresStage(String caseNumber) {
    return jdbc.sql("select stage from kpi_case where case_number = ?").param(caseNumber).query(String.class).single();
  }

  private ProcessInstance mediation(String caseNumber) {
    ProcessInstance mediation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DisputeMediationProcess.ID).processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(mediation).as("mediation of %s", caseNumber).isNotNull();
    return mediation;
  }

  private void mediate(String caseNumber, String group, String user, String outcome, String terms, String note) {
    cases.complete(caseNumber, DisputeMediationProcess.TASK_MEDIATE, group, user, form(outcome, terms, note));
  }

  private static Map<String, Object> form(String outcome, String terms, String note) {
    Map<String, Object> form = new HashMap<>();
    form.put("mediationOutcome", outcome);
    form.put("agreementTerms", terms);
    form.put("mediationNote", note);
    return form;
  }

  /** Moves the clock to the level's deadline and runs its timer. */
  private Date fireOverdueTimer(ProcessInstance mediation) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(mediation.getId())
        .activityId(DisputeMediationProcess.TIMER_OVERDUE).singleResult();
    assertThat(timer).as("the level's timer").isNotNull();
    EngineClock.setTo(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), EngineClock.CHINA));
    engine.getManagementService().executeJob(timer.getId());
    return timer.getDuedate();
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(EngineClock.CHINA).toInstant());
  }
}
