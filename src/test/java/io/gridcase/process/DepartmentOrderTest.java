package io.gridcase.process;

import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.gridcase.engine.FormRefusal;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.dispatch.RedispatchRefusedException;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One department's order: sign for it or reject it (退单); re-dispatch; arbitration after N rejections. */
@GridcaseTest
class DepartmentOrderTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired DepartmentOrders orders;
  @Autowired CaseJournal journal;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void aRejectedOrderGoesBackToTheTownCenterWhichGivesItToAnotherDepartment() {
    String caseNumber = cases.report(Reports.hotline("违停占用人行道", "商铺门口车辆违停"));

    reject(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", "WRONG_LOCATION");
    assertThat(cases.order(caseNumber, "TRAFFIC_POLICE")).isWaitingAt("UserTask_RedispatchOrder");
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min",
        Map.of("newDepartment", "URBAN_MGMT", "redispatchNote", "人行道属城管执法范围"));

    var order = cases.order(caseNumber, "URBAN_MGMT");
    assertThat(order).isWaitingAt("UserTask_SignForOrder");
    // the hand-over's output mapping clears the previous decision: the next sign-for form opens empty
    assertThat(engine.getRuntimeService().getVariables(order.getId()))
        .containsEntry("orderDecision", null).containsEntry("rejectionReason", null).containsEntry("newDepartment", null);
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-URBAN_MGMT", "wu.junjie", Map.of("orderDecision", "ACCEPT"));
    assertThat(order).isWaitingAt("UserTask_ProposePlan");

    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(records.get(caseNumber).rejectionCount()).isEqualTo(1);
    assertThat(orders.of(caseNumber))
        .extracting(DepartmentOrder::department, DepartmentOrder::status)
        .contains(org.assertj.core.groups.Tuple.tuple("TRAFFIC_POLICE", Status.REJECTED),
            org.assertj.core.groups.Tuple.tuple("URBAN_MGMT", Status.SIGNED));
    assertThat(journal.events(caseNumber))
        .anySatisfy(e -> assertThat(e.detail()).contains("reason=WRONG_LOCATION"))
        .anySatisfy(e -> assertThat(e).returns(CaseAction.REDISPATCHED, CaseEvent::action).returns("zhao.min", CaseEvent::actor));
  }

  @Test
  void theTownCenterCannotGiveARejectedOrderBackToTheDepartmentThatRejectedIt() {
    String caseNumber = cases.report(Reports.hotline("违停占用人行道", "商铺门口车辆违停"));
    reject(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", "WRONG_LOCATION");
    long journaled = journal.events(caseNumber).size();

    assertThatThrownBy(() -> cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min",
            Map.of("newDepartment", "TRAFFIC_POLICE")))
        .isInstanceOf(FormRefusal.class)
        .hasCauseInstanceOf(RedispatchRefusedException.class)
        .hasMessageContaining("公安局交通警察支队 已退回此工单")
        .hasMessageNotContaining("TRAFFIC_POLICE");

    assertThat(cases.order(caseNumber, "TRAFFIC_POLICE")).isWaitingAt("UserTask_RedispatchOrder");
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::status)
        .containsOnlyOnce(org.assertj.core.groups.Tuple.tuple("TRAFFIC_POLICE", Status.REJECTED));
    assertThat(journal.events(caseNumber)).hasSize((int) journaled);
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min", Map.of("newDepartment", "URBAN_MGMT"));
    assertThat(cases.order(caseNumber, "URBAN_MGMT")).isWaitingAt("UserTask_SignForOrder");
  }

  @Test
  void afterTwoRejectionsASupervisorArbitratesAndTheNamedDepartmentMustHandleIt() {
    String caseNumber = cases.report(Reports.hotline("违法建设", "楼顶违法建设加盖两层"));

    reject(caseNumber, "URBAN_MGMT", "wu.junjie", "NOT_OUR_DUTY");
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min", Map.of("newDepartment", "HOUSING"));
    reject(caseNumber, "HOUSING", "liang.guodong", "NOT_OUR_DUTY");

    var order = cases.order(caseNumber, "HOUSING");
    assertThat(order).isWaitingAt("UserTask_ArbitrateOrder");
    cases.complete(caseNumber, "UserTask_ArbitrateOrder", "supervisors", "ou.weixiong",
        Map.of("newDepartment", "URBAN_MGMT", "arbitrationNote", "一事一策：城管牵头，住建配合"));

    order = cases.order(caseNumber, "URBAN_MGMT");
    assertThat(order).isWaitingAt("UserTask_ProposePlan");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(order.getId()).activityId("UserTask_SignForOrder").count())
        .as("no sign-for after arbitration").isEqualTo(2);
    assertThat(records.get(caseNumber).rejectionCount()).isEqualTo(2);
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(journal.events(caseNumber)).last().returns(CaseAction.ARBITRATED, CaseEvent::action);
  }

  @Test
  void anUrgentCaseGoesToASupervisorAfterItsFirstRejection() {
    String caseNumber = cases.report(Reports.hotline("高空抛物", "楼上住户高空抛物砸到车辆"));

    reject(caseNumber, "POLICE", "wang.jianjun", "OTHER");

    assertThat(cases.order(caseNumber, "POLICE")).isWaitingAt("UserTask_ArbitrateOrder");
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndChangesNothing() {
    String caseNumber = cases.report(Reports.hotline("违停", "路口违停"));

    assertThatThrownBy(() -> cases.complete(caseNumber, "UserTask_SignForOrder", "dept-TRAFFIC_POLICE", "deng.zhigang",
            Map.of("orderDecision", "REJECT")))
        .hasMessageContaining("rejectionReason");

    assertThat(cases.order(caseNumber, "TRAFFIC_POLICE")).isWaitingAt("UserTask_SignForOrder");
    assertThat(records.get(caseNumber).rejectionCount()).isZero();
  }

  @Test
  void thePolicyCountsTheRejectionsOfItsOwnOrderFromTheRowsNotThoseOfTheCase() {
    String caseNumber = cases.report(Reports.hotline("拖欠工资", "老板欠薪两个月未发"));
    var lead = cases.order(caseNumber, "HRSS");
    // the co-handler rejects its order first: one rejection of the case, none of the lead's order
    reject(caseNumber, "JUSTICE", "lin.suzhen", "NOT_OUR_DUTY");
    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min", Map.of("newDepartment", "HOUSING"));

    reject(caseNumber, "HRSS", "chen.zhihua", "NOT_OUR_DUTY");

    assertThat(records.get(caseNumber).rejectionCount()).as("the case's rejections, summed over its rows").isEqualTo(2);
    assertThat(rejectionCountsThePolicyRead(lead.getId())).containsExactly(1);
    assertThat(lead).as("one rejection of this order is below N = 2: the town center re-dispatches")
        .isWaitingAt("UserTask_RedispatchOrder");
    var redispatch = cases.task(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER);
    assertThat(engine.getTaskService().getVariable(redispatch.getId(), "rejectionCount"))
        .as("the form shows the order's count").isEqualTo(1);

    cases.complete(caseNumber, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min", Map.of("newDepartment", "CIVIL_AFFAIRS"));
    reject(caseNumber, "CIVIL_AFFAIRS", "feng.xiulan", "NOT_OUR_DUTY");

    assertThat(rejectionCountsThePolicyRead(lead.getId())).containsExactly(1, 2);
    assertThat(orders.rejectionsOf(lead.getId())).as("what the policy read is what the rows hold").isEqualTo(2);
    assertThat(lead).isWaitingAt("UserTask_ArbitrateOrder");
    assertThat(records.get(caseNumber).rejectionCount()).isEqualTo(3);
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::rejections).containsOnly(0, 1);
    assertThat(engine.getRuntimeService().getVariables(lead.getId())).doesNotContainKey("rejectionCount");
  }

  /** The {@code rejectionCount} input of every rejection-policy evaluation of the order, oldest first. */
  private java.util.List<Object> rejectionCountsThePolicyRead(String orderInstanceId) {
    return engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(orderInstanceId)
        .decisionDefinitionKey("rejection-policy")
        .includeInputs()
        .orderByEvaluationTime().asc()
        .list().stream()
        .flatMap(decision -> decision.getInputs().stream())
        .filter(input -> "Input_RejectionCount".equals(input.getClauseId()))
        .map(input -> input.getValue())
        .toList();
  }

  private void reject(String caseNumber, String department, String user, String reason) {
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-" + department, user,
        Map.of("orderDecision", "REJECT", "rejectionReason", reason, "rejectionNote", "不属本部门"));
  }
}
