package io.gridcase.coorder;

import static io.gridcase.support.Orders.CO;
import static io.gridcase.support.Orders.CO_GROUP;
import static io.gridcase.support.Orders.MONDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.coorder.CoOrderDeadline.State;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.Stage;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Orders;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A co-handler's own deadlines (ADR 24): an SME complaint is led by the industry bureau and
 * co-handled by the market regulator, whose sign-for is due an hour and whose contribution five days
 * after its co-order was dispatched (co-handling-deadline.dmn), with a reminder at four days and a
 * breach, mailed to it and to the lead, at five.
 */
@GridcaseTest
@ExtendWith(Orders.Clocked.class)
class CoOrderDeadlinesTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired Orders orders;
  @Autowired CaseDeadlines caseDeadlines;
  @Autowired CoOrderDeadlines coDeadlines;
  @Autowired TestRestTemplate anonymous;

  @Test
  void theCoHandlerIsDueAtItsOwnDeadlinesAndSignsForInTime() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：证照办理", "营业执照变更迟迟未办"));

    assertThat(cases.order(caseNumber, CO)).hasPassedInOrder("Task_ReceiveOrder", "Task_DecideCoDeadlines", "Task_SetCoDeadlines");
    assertThat(cases.order(caseNumber, "INDUSTRY")).hasNotPassed("Task_DecideCoDeadlines", "Task_SetCoDeadlines");
    CoOrderDeadline co = orders.onlyCoOrder(caseNumber);
    assertThat(co.signForDueAt()).isEqualTo(dispatch.plusHours(1));
    assertThat(co.contributionDueAt()).isEqualTo(dispatch.plusDays(5));
    assertThat(co.contributionRemindAt()).isEqualTo(dispatch.plusDays(4));
    assertThat(due(caseNumber, "UserTask_SignForOrder", CO_GROUP)).isEqualTo(dispatch.plusHours(1).toInstant());

    EngineClock.advance(Duration.ofMinutes(20));
    orders.coSignsFor(caseNumber);

    assertThat(due(caseNumber, "UserTask_ReportContribution", CO_GROUP))
        .as("its own contribution deadline, not the lead's 办结 deadline")
        .isEqualTo(dispatch.plusDays(5).toInstant())
        .isBefore(caseDeadlines.current(caseNumber, Stage.DONE).orElseThrow().dueAt().toInstant());
    assertThat(orders.onlyCoOrder(caseNumber).signedAt()).isBefore(orders.onlyCoOrder(caseNumber).signForDueAt());
    assertThat(orders.onlyCoOrder(caseNumber).state(coDeadlines.now())).isEqualTo(State.IN_TIME);

    orders.coContributes(caseNumber, "已核查证照");
    assertThat(orders.onlyCoOrder(caseNumber).state(coDeadlines.now())).isEqualTo(State.REPORTED);
    assertThat(engine.getManagementService().createJobQuery().activityId("BoundaryEvent_CoDeadlineDue").count())
        .as("the breach timer went with the task").isZero();
  }

  @Test
  void theCoHandlerIsRemindedAtFourDaysAndItsBreachGoesToItAndToTheLead() {
    OffsetDateTime dispatch = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(Reports.sme("企业诉求：检测报告", "产品检测报告迟迟未出"));
    orders.coSignsFor(caseNumber);

    orders.later(caseNumber, Duration.ofDays(4).plusMinutes(1));

    assertThat(orders.coEvents(caseNumber, CaseAction.REMINDER_SENT)).hasSize(1);
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED)).isEmpty();
    await().untilAsserted(() -> assertThat(TestSmtp.subjects(mail, "market@gridcase.local"))
        .anySatisfy(subject -> assertThat(subject).contains("协办时限将至", caseNumber)));
    assertThat(orders.onlyCoOrder(caseNumber).state(coDeadlines.now())).isEqualTo(State.IN_TIME);

    orders.later(caseNumber, Duration.ofDays(1));

    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED)).singleElement()
        .satisfies(event -> assertThat(event.detail()).contains("协办部门 MARKET"));
    assertThat(orders.onlyCoOrder(caseNumber).contributionMissedAt()).isEqualTo(dispatch.plusDays(5).plusMinutes(1));
    assertThat(orders.onlyCoOrder(caseNumber).state(coDeadlines.now())).isEqualTo(State.LATE);
    await().untilAsserted(() -> {
      assertThat(TestSmtp.subjects(mail, "market@gridcase.local")).anySatisfy(subject -> assertThat(subject).contains("协办超时", caseNumber));
      assertThat(TestSmtp.subjects(mail, "industry@gridcase.local")).anySatisfy(subject -> assertThat(subject).contains("协办超时", caseNumber));
    });
    assertThat(cases.task(caseNumber, "UserTask_ReportContribution", CO_GROUP)).as("the task stays open").isNotNull();
    JsonNode details = Logins.as(anonymous, "zhen.zhuowen").getForObject("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(details.path("coHandlers")).as("the lead reads its co-handler's state in the case").singleElement()
        .satisfies(co -> {
          assertThat(co.path("department").asText()).isEqualTo(CO);
          assertThat(co.path("departmentName").asText()).contains("市场监督管理局");
          assertThat(co.path("state").asText()).isEqualTo("LATE");
          assertThat(co.path("stateLabel").asText()).isEqualTo("已逾期");
          assertThat(OffsetDateTime.parse(co.path("dueAt").asText()).toInstant()).isEqualTo(dispatch.plusDays(5).toInstant());
        });

    orders.later(caseNumber, Duration.ofDays(3));
    assertThat(orders.coEvents(caseNumber, CaseAction.DEADLINE_MISSED)).as("one breach, one record").hasSize(1);
  }


  private java.time.Instant due(String caseNumber, String taskKey, String group) {
    return cases.task(caseNumber, taskKey, group).getDueDate().toInstant();
  }
}
