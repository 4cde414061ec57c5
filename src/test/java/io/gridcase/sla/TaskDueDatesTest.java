package io.gridcase.sla;

import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.security.TasklistFilters;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task has a due date and a priority: a department's tasks are due at their stage's
 * deadline (case_deadline), the center's own steps after their row in task-deadline.dmn, and the
 * priority follows the case's (task-priority.dmn). An approved extension moves the tasks of its
 * stage; Tasklist's shared filters 即将超时 and 已超时 show them.
 */
@GridcaseTest
class TaskDueDatesTest {

  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 16, 9, 0);

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired CaseExtensions extensions;
  @Autowired TasklistFilters tasklistFilters;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void departmentTasksAreDueAtTheirStagesDeadlineAndFollowTheCasePriority() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：用电", "新厂房用电报装两个月未接通"));

    Task signFor = cases.task(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY");
    assertThat(signFor.getDueDate()).isEqualTo(at(dispatch.plusHours(1)));
    assertThat(records.get(caseNumber).priority()).isEqualTo("HIGH");
    assertThat(signFor.getPriority()).as("HIGH in task-priority.dmn").isEqualTo(70);
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", "dept-MARKET").getDueDate())
        .as("a co-handler signs for by the same deadline").isEqualTo(at(dispatch.plusHours(1)));

    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    assertThat(cases.task(caseNumber, "UserTask_ProposePlan", "dept-INDUSTRY").getDueDate()).isEqualTo(at(dispatch.plusDays(1)));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-INDUSTRY", "zhen.zhuowen", Map.of("plan", "协调供电局上门"));
    assertThat(cases.task(caseNumber, "UserTask_ReportResult", "dept-INDUSTRY").getDueDate()).isEqualTo(at(dispatch.plusDays(7)));
    BpmnAwareTests.assertThat(cases.order(caseNumber, "INDUSTRY"))
        .hasPassedInOrder("UserTask_SignForOrder", "UserTask_ProposePlan").isWaitingAt("UserTask_ReportResult");
  }

  @Test
  void theCentersOwnStepsAreDueAfterTheirRowInTaskDeadline() {
    OffsetDateTime reported = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("反映一个问题", "小区门口的路灯晚上不亮"));

    Task triage = cases.task(caseNumber, "UserTask_TriageCaseManually", "intake");
    assertThat(triage.getDueDate()).as("PT2H").isEqualTo(at(reported.plusHours(2)));
    assertThat(triage.getPriority()).as("not triaged yet: the catch-all row").isEqualTo(50);

    EngineClock.advance(Duration.ofMinutes(30));
    cases.complete(caseNumber, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan", Map.of("category", "WAGE_ARREARS"));
    EngineClock.advance(Duration.ofMinutes(30));
    OffsetDateTime rejected = reported.plusHours(1);
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-HRSS", "ou.weixiong",
        Map.of("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY"));

    Task redispatch = cases.task(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER);
    assertThat(redispatch.getDueDate()).as("PT4H").isEqualTo(at(rejected.plusHours(4)));
  }

  @Test
  void anApprovedExtensionMovesTheOpenTasksOfItsStage() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：融资", "企业贷款审批慢"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    EngineClock.advance(Duration.ofHours(1));
    OffsetDateTime asked = dispatch.plusHours(1);
    extensions.request(caseNumber, Stage.PLAN, "P1D", "需银行评估", "zhen.zhuowen");

    Task decide = cases.task(caseNumber, "UserTask_DecideExtension", TOWN_CENTER);
    assertThat(decide.getDueDate()).as("PT4H").isEqualTo(at(asked.plusHours(4)));
    cases.complete(caseNumber, "UserTask_DecideExtension", TOWN_CENTER, "zhao.min",
        Map.of("extensionApproved", true, "extensionDecisionNote", "同意"));

    assertThat(cases.task(caseNumber, "UserTask_ProposePlan", "dept-INDUSTRY").getDueDate()).isEqualTo(at(dispatch.plusDays(2)));
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", "dept-MARKET").getDueDate())
        .as("another stage's task stays").isEqualTo(at(dispatch.plusHours(1)));
  }

  @Test
  void tasklistsDueSoonAndOverdueFiltersShowTheTasksByTheirDueDates() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：排水", "厂区排水不畅"));
    String signFor = cases.task(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY").getId();

    EngineClock.advance(Duration.ofMinutes(30));
    assertThat(filtered(TasklistFilters.DUE_SOON)).contains(signFor);
    assertThat(filtered(TasklistFilters.OVERDUE)).doesNotContain(signFor);

    EngineClock.advance(Duration.ofMinutes(31));
    assertThat(filtered(TasklistFilters.DUE_SOON)).doesNotContain(signFor);
    assertThat(filtered(TasklistFilters.OVERDUE)).contains(signFor);
  }

  @Test
  void aDueSoonFilterSavedByAnEarlierReleaseThatCannotRunIsRepairedAtStartUp() {
    var filters = engine.getFilterService();
    var saved = filters.createTaskFilterQuery().filterName(TasklistFilters.DUE_SOON).singleResult();
    var broken = engine.getTaskService().createTaskQuery().dueAfterExpression("${now()}")
        .dueBeforeExpression("${dateTime().plusDays(1).toDate()}");
    filters.saveFilter(saved.setQuery(broken));
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：招工", "企业招工难"));
    String signFor = cases.task(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY").getId();

    assertThat(tasklistFilters.ensure()).contains(saved.getId());

    assertThat(filtered(TasklistFilters.DUE_SOON)).contains(signFor);
  }

  /** The ids of the tasks a shared filter lists for a handler of the lead department, as Tasklist asks. */
  private List<String> filtered(String filterName) {
    var filters = engine.getFilterService();
    String id = filters.createTaskFilterQuery().filterName(filterName).singleResult().getId();
    engine.getIdentityService().setAuthentication("zhen.zhuowen", List.of("dept-INDUSTRY"));
    try {
      return filters.<Task>list(id).stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Date at(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
