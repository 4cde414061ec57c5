package io.gridcase.coorder;

import static io.gridcase.support.Orders.CO;
import static io.gridcase.support.Orders.CO_GROUP;
import static io.gridcase.support.Orders.CO_HANDLER;
import static io.gridcase.support.Orders.MONDAY_MORNING;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.coorder.CoOrderDeadline.State;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Orders;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A co-handler's sign-for is watched on a branch of its own (ADR 29): an SME complaint's co-handler
 * (the market regulator) must sign for its order within the hour (co-handling-deadline.dmn); it is
 * reminded at 80 % of that, and a missed sign-for is journaled and mailed to it and to the lead.
 * A co-order the town center gives to another department gets that department's own dates.
 */
@GridcaseTest
@ExtendWith(Orders.Clocked.class)
class CoSignForWatchTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired Orders orders;
  @Autowired CoOrderDeadlines coDeadlines;
  @Autowired TestRestTemplate anonymous;

  @Test
  void aCoHandlerThatDoesNotSignForIsRemindedThenItsBreachGoesToItAndToTheLead() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：消防验收", "消防验收迟迟未安排"));
    ProcessInstance order = cases.order(caseNumber, CO);
    assertThat(order).isWaitingAt("UserTask_SignForOrder", "Event_CoSignForRemindAt");
    assertThat(orders.onlyCoOrder(caseNumber).signForRemindAt()).isEqualTo(dispatch.plusMinutes(48));

    orders.later(caseNumber, Duration.ofMinutes(49));

    assertThat(orders.coEvents(caseNumber, CaseAction.REMINDER_SENT, "签收")).singleElement()
        .satisfies(event -> assertThat(event.detail()).contains("协办 MARKET 签收"));
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED, "签收")).isEmpty();
    assertThat(order).hasPassed("Task_SendCoSignForReminder").isWaitingAt("UserTask_SignForOrder", "Event_CoSignForDue");
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "market@gridcase.local"))
        .anySatisfy(subject -> assertThat(subject).contains("协办签收时限将至", caseNumber)));

    orders.later(caseNumber, Duration.ofMinutes(12));

    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED, "签收")).singleElement()
        .satisfies(event -> assertThat(event.detail()).contains("协办部门 MARKET 签收"));
    assertThat(order).hasPassed("Task_RecordCoSignForBreach", "EndEvent_CoSignForBreachRecorded");
    await().untilAsserted(() -> {
      assertThat(TestSmtp.subjects(mail, "market@gridcase.local")).anySatisfy(s -> assertThat(s).contains("协办签收超时", caseNumber));
      assertThat(TestSmtp.subjects(mail, "industry@gridcase.local")).anySatisfy(s -> assertThat(s).contains("协办签收超时", caseNumber));
    });
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", CO_GROUP)).as("the sign-for stays open").isNotNull();
    JsonNode details = Logins.as(anonymous, "zhen.zhuowen").getForObject("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(details.path("coHandlers")).as("the lead sees its co-handler late for its sign-for").singleElement()
        .satisfies(co -> {
          assertThat(co.path("stateLabel").asText()).isEqualTo("已逾期");
          assertThat(OffsetDateTime.parse(co.path("dueAt").asText()).toInstant()).isEqualTo(dispatch.plusHours(1).toInstant());
        });

    orders.coSignsFor(caseNumber);
    orders.coContributes(caseNumber, "已安排验收");
    assertThat(order).isEnded();
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED, "签收")).as("one breach, one record").hasSize(1);
  }

  @Test
  void aCoHandlerThatSignsForInTimeHearsNothingAndItsWatchEnds() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：招聘补贴", "招聘补贴未到账"));
    ProcessInstance order = cases.order(caseNumber, CO);

    EngineClock.advance(Duration.ofMinutes(20));
    orders.coSignsFor(caseNumber);
    assertThat(order).isWaitingAt("UserTask_ReportContribution", "Event_CoSignForRemindAt");

    orders.later(caseNumber, Duration.ofMinutes(30));

    assertThat(order).hasPassed("EndEvent_CoSignedBeforeReminder").hasNotPassed("Task_SendCoSignForReminder")
        .isWaitingAt("UserTask_ReportContribution");
    assertThat(orders.coEvents(caseNumber, CaseAction.REMINDER_SENT, "签收")).isEmpty();
  }

  @Test
  void aCoHandlerRemindedThatSignsForBeforeItsDeadlineHasNoBreachAndAContributionEndsTheWatch() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：厂房租金", "厂房租金减免未落实"));
    ProcessInstance order = cases.order(caseNumber, CO);

    orders.later(caseNumber, Duration.ofMinutes(49));
    EngineClock.advance(Duration.ofMinutes(5));
    orders.coSignsFor(caseNumber);
    orders.later(caseNumber, Duration.ofMinutes(10));

    assertThat(order).hasPassed("Task_SendCoSignForReminder", "EndEvent_CoSignedInTime")
        .hasNotPassed("Task_RecordCoSignForBreach");
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED, "签收")).isEmpty();
    assertThat(orders.onlyCoOrder(caseNumber).state(coDeadlines.now())).isEqualTo(State.IN_TIME);
  }

  @Test
  void aContributionMadeWhileTheSignForWatchWaitsEndsTheCoOrderWithoutATimerLeft() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：用电报装", "用电报装进度慢"));
    ProcessInstance order = cases.order(caseNumber, CO);

    orders.coSignsFor(caseNumber);
    orders.coContributes(caseNumber, "已协调供电局");

    assertThat(order).isEnded().hasPassed("EndEvent_ContributionReported").hasNotPassed("EndEvent_CoSignedBeforeReminder");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(order.getId()).count()).isZero();
  }

  @Test
  void aCoOrderTheTownCenterGivesToAnotherDepartmentGetsThatDepartmentsOwnDates() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：社保缴费", "社保缴费系统异常"));
    ProcessInstance order = cases.order(caseNumber, CO);
    OffsetDateTime firstSignForDue = orders.onlyCoOrder(caseNumber).signForDueAt();

    EngineClock.advance(Duration.ofMinutes(30));
    cases.complete(caseNumber, "UserTask_SignForOrder", CO_GROUP, CO_HANDLER,
        Map.of("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY", "rejectionNote", "社保缴费不属市场监管"));
    EngineClock.advance(Duration.ofHours(2));
    OffsetDateTime handedOver = coDeadlines.now();
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min",
        Map.of("newDepartment", "HRSS", "redispatchNote", "社保属人社局"));

    CoOrderDeadline hrss = coDeadlines.of(caseNumber).stream().filter(co -> co.department().equals("HRSS")).findFirst()
        .orElseThrow();
    assertThat(hrss.signForDueAt()).as("counted from the hand-over, not the first dispatch")
        .isEqualTo(handedOver.plusHours(1)).isAfter(firstSignForDue);
    assertThat(hrss.contributionDueAt()).isEqualTo(handedOver.plusDays(5));
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", "dept-HRSS").getDueDate().toInstant())
        .isEqualTo(handedOver.plusHours(1).toInstant());
    assertThat(hrss.state(coDeadlines.now())).as("the first department's sign-for date has passed, not HRSS's")
        .isEqualTo(State.IN_TIME);
    assertThat(order).hasPassed("Task_HandOrderOver", "Gateway_MergeReceived")
        .isWaitingAt("UserTask_SignForOrder", "Event_CoSignForRemindAt");

    orders.later(caseNumber, Duration.ofMinutes(61));
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED, "签收")).singleElement()
        .as("the breach names the department holding the order").satisfies(e -> assertThat(e.detail()).contains("HRSS"));
    assertThat(orders.coEvents(caseNumber, CaseAction.REMINDER_SENT, "签收")).as("the watch left from MARKET fired late: no double")
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("HRSS"));
    orders.signFor(caseNumber, "dept-HRSS", "chen.zhihua");
    assertThat(cases.task(caseNumber, "UserTask_ReportContribution", "dept-HRSS").getDueDate().toInstant())
        .isEqualTo(handedOver.plusDays(5).toInstant());
  }
}
