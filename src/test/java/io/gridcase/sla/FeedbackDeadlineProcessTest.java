package io.gridcase.sla;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.REPORTER_EMAIL;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.engine.SuperviseCaseProcess;
import io.gridcase.intake.Channel;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Orders;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reporter's feedback deadline (反馈期限, ADR 31): Maoming's 7 days for a simple case and a month
 * for a complex one, watched beside the case from the handling fork until the reporter is told.
 */
@GridcaseTest
@ExtendWith(Orders.Clocked.class)
class FeedbackDeadlineProcessTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseJournal journal;
  @Autowired Orders orders;

  @Test
  void aSimpleCasesReporterIsToldWithinSevenDaysAndTellingThemEndsTheWatch() {
    OffsetDateTime dispatch = EngineClock.setTo(Orders.MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("路边违停", "小区门口车辆长期违停占用车道"));

    assertThat(cases.lifecycle(caseNumber)).hasPassedInOrder(
        "Task_EnterHandlingStage", "Task_LookUpFeedbackDeadline", "Task_WatchFeedbackDeadline", "Gateway_ForkHandling");
    assertThat(feedback(caseNumber)).returns(false, CaseDeadline::workingDays)
        .satisfies(d -> assertThat(d.dueAt()).isAtSameInstantAs(dispatch.plusDays(7)));
    ProcessInstance watch = feedbackWatch(caseNumber);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(cases.lifecycle(caseNumber).getId()).list())
        .as("beside the case, not inside its handling fork").extracting(ProcessInstance::getId).doesNotContain(watch.getId());

    EngineClock.advance(Duration.ofDays(2));
    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");
    assertThat(cases.lifecycle(caseNumber)).as("the join does not wait for the feedback watch").isWaitingAt("Task_SendFeedbackMail");
    assertThat(feedbackWatches(caseNumber)).hasSize(1);
    cases.runDueJobs(caseNumber);

    assertThat(cases.lifecycle(caseNumber)).hasPassedInOrder("Task_SendFeedbackMail", "Event_FeedbackStageMet", "Task_EnterRevisitStage");
    assertThat(feedbackWatches(caseNumber)).isEmpty();
    assertThat(feedback(caseNumber)).returns(true, CaseDeadline::onTime)
        .satisfies(d -> assertThat(d.metAt()).isAtSameInstantAs(dispatch.plusDays(2)));
  }

  @Test
  void aComplexCaseHasAMonthItsHolderIsRemindedHalfwayAndALateFeedbackIsSupervised() {
    OffsetDateTime dispatch = EngineClock.setTo(Orders.MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资三个月", "丰乐路工地老板拖欠工资，涉及 12 名工人"));
    assertThat(feedback(caseNumber).dueAt()).isAtSameInstantAs(dispatch.plusMonths(1));
    orders.signFor(caseNumber, "dept-HRSS", "chen.zhihua");
    orders.signFor(caseNumber, "dept-JUSTICE", "lin.suzhen");
    cases.complete(caseNumber, "UserTask_ReportContribution", "dept-JUSTICE", "lin.suzhen", Map.of("contribution", "法律援助"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-HRSS", "chen.zhihua", Map.of("plan", "约谈施工方"));

    orders.later(caseNumber, Duration.ofDays(15).minusMinutes(1));
    assertThat(feedbackSteps(caseNumber)).isEmpty();
    orders.later(caseNumber, Duration.ofMinutes(2));
    assertThat(feedbackSteps(caseNumber)).as("halfway: the moment for an interim answer").containsExactly(CaseAction.REMINDER_SENT);

    orders.later(caseNumber, Duration.ofDays(15));
    assertThat(feedbackSteps(caseNumber)).containsExactly(CaseAction.REMINDER_SENT, CaseAction.DEADLINE_MISSED);
    assertThat(feedback(caseNumber).overdueAt()).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(SuperviseCaseProcess.ID).taskCandidateGroup("supervisors")
        .processVariableValueEquals("stage", "FEEDBACK").count()).isEqualTo(1);
    assertThat(cases.order(caseNumber, "HRSS")).as("the case goes on").isNotNull();

    cases.complete(caseNumber, "UserTask_ReportResult", "dept-HRSS", "chen.zhihua",
        Map.of("outcome", "RESOLVED", "resultSummary", "工资已结清"));
    cases.runDueJobs(caseNumber);
    assertThat(feedbackWatches(caseNumber)).isEmpty();
    assertThat(feedback(caseNumber)).returns(false, CaseDeadline::onTime);
  }

  @Test
  void aReopenedCaseGetsANewFeedbackDeadlineFromTheReopen() {
    OffsetDateTime dispatch = EngineClock.setTo(Orders.MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("路边违停", "小区门口车辆长期违停占用车道"));
    handleAsLeadAlone(caseNumber, "TRAFFIC_POLICE", "deng.zhigang");
    cases.runDueJobs(caseNumber);
    EngineClock.advance(Duration.ofDays(3));
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting",
        Map.of("satisfaction", "UNSATISFIED", "revisitNote", "车辆仍在"));

    assertThat(feedback(caseNumber)).returns(1, CaseDeadline::round)
        .satisfies(d -> assertThat(d.dueAt()).isAtSameInstantAs(dispatch.plusDays(10)));
    assertThat(feedbackWatches(caseNumber)).hasSize(1);
  }

  @Test
  void cancellingTheCaseEndsItsFeedbackWatchWithoutMeetingIt() {
    String caseNumber = cases.report(Reports.hotline("拖欠工资", "老板欠薪两个月"));
    assertThat(feedbackWatches(caseNumber)).hasSize(1);

    engine.getRuntimeService().createMessageCorrelation(CaseLifecycleProcess.MESSAGE_CASE_CANCELLED)
        .processInstanceBusinessKey(caseNumber).setVariable("cancellationReason", "已协商解决").correlate();

    assertThat(feedbackWatches(caseNumber)).isEmpty();
    assertThat(feedback(caseNumber).metAt()).isNull();
  }

  @Test
  void aCaseSettledOnTheSpotIsToldAtOnceAndHasNoFeedbackWatch() {
    String caseNumber = cases.report(
        Reports.report(Channel.GRID_REPORT, null, "邻里噪音纠纷", "楼上邻居深夜装修，双方发生争吵", REPORTER_EMAIL));
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", true, "outcome", "RESOLVED", "resultSummary", "网格员上门调解"));
    cases.runDueJobs(caseNumber);

    assertThat(cases.lifecycle(caseNumber)).hasPassed("Event_FeedbackStageMet").hasNotPassed("Task_WatchFeedbackDeadline");
    assertThat(deadlines.current(caseNumber, Stage.FEEDBACK)).isEmpty();
  }

  private CaseDeadline feedback(String caseNumber) {
    return deadlines.current(caseNumber, Stage.FEEDBACK).orElseThrow();
  }

  private List<ProcessInstance> feedbackWatches(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StageDeadlineProcess.ID)
        .processInstanceBusinessKey(caseNumber).variableValueEquals("stage", "FEEDBACK").list();
  }

  private ProcessInstance feedbackWatch(String caseNumber) {
    List<ProcessInstance> watches = feedbackWatches(caseNumber);
    assertThat(watches).hasSize(1);
    return watches.get(0);
  }

  /** What the FEEDBACK watch journaled (reminder, breach, escalation name the stage first). */
  private List<CaseAction> feedbackSteps(String caseNumber) {
    return journal.events(caseNumber).stream()
        .filter(e -> e.detail() != null && e.detail().startsWith("FEEDBACK "))
        .map(CaseEvent::action).toList();
  }

  private void handleAsLeadAlone(String caseNumber, String department, String user) {
    orders.signFor(caseNumber, "dept-" + department, user);
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-" + department, user, Map.of("plan", "现场处置"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-" + department, user,
        Map.of("outcome", "RESOLVED", "resultSummary", "已处置"));
  }
}
