package io.gridcase.process;

import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.DepartmentOrderProcess;
import io.gridcase.intake.CaseIntake;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailOutbox;
import io.gridcase.notification.OutboxEntry;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Detours of a department's order as chunks: each test starts a {@code department-order} instance
 * right before the activity it is about ({@code startBeforeActivity}), with the variables and the
 * rows that point needs, instead of reporting a case and rejecting it step by step. The full
 * stories stay in {@link DepartmentOrderTest}.
 *
 * <p>A real order instance binds to its {@code case_department} row in its first service task
 * ({@code Task_ReceiveOrder}), which a chunk skips; the chunk binds the row itself, through
 * {@link DepartmentOrders#attach}, once the engine has given the instance its id. So a chunk can
 * start only before a task whose candidate group does not come from that row: the redispatch
 * (the town center) and the arbitration (the supervisors).
 */
@GridcaseTest
class DepartmentOrderChunksTest {

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
  void theTownCenterGivesARejectedOrderToAnotherDepartmentWhichSignsForIt() {
    String caseNumber = registered("违停占用人行道", "商铺门口车辆违停");
    ProcessInstance order = rejectedOrder(caseNumber, "TRAFFIC_POLICE", "UserTask_RedispatchOrder", "NORMAL");
    assertThat(order).isWaitingAt("UserTask_RedispatchOrder");

    completeAs("zhao.min", order, withVariables("newDepartment", "URBAN_MGMT", "redispatchNote", "人行道属城管执法范围"));

    assertThat(order).hasPassed("UserTask_RedispatchOrder").isWaitingAt("UserTask_SignForOrder");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(order.getId())
        .taskCandidateGroup("dept-URBAN_MGMT").count()).isEqualTo(1);
    // the hand-over's output mapping clears the previous decision: the next sign-for form opens empty
    assertThat(engine.getRuntimeService().getVariables(order.getId()))
        .containsEntry("orderDecision", null).containsEntry("rejectionReason", null).containsEntry("newDepartment", null);
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::status)
        .containsExactlyInAnyOrder(tuple("TRAFFIC_POLICE", Status.REJECTED), tuple("URBAN_MGMT", Status.DISPATCHED));
    assertThat(journal.events(caseNumber)).last()
        .returns(CaseAction.REDISPATCHED, CaseEvent::action)
        .returns("zhao.min", CaseEvent::actor)
        .returns("TRAFFIC_POLICE -> URBAN_MGMT LEAD 人行道属城管执法范围", CaseEvent::detail);
    assertThat(queued(caseNumber, MailKind.ORDER_DISPATCHED)).anySatisfy(
        mail -> assertThat(mail.recipients()).contains("urban-mgmt@gridcase.local"));
  }

  @Test
  void aSecondRejectionAfterTheRedispatchGoesToASupervisor() {
    String caseNumber = registered("违法建设", "楼顶违法建设加盖两层");
    ProcessInstance order = rejectedOrder(caseNumber, "URBAN_MGMT", "UserTask_RedispatchOrder", "NORMAL");
    completeAs("zhao.min", order, withVariables("newDepartment", "HOUSING"));

    completeAs("liang.guodong", order, withVariables("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY"));

    assertThat(order).hasPassedInOrder("UserTask_SignForOrder", "Task_DecideRejectionPolicy")
        .isWaitingAt("UserTask_ArbitrateOrder");
    assertThat(records.get(caseNumber).rejectionCount()).isEqualTo(2);
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::status)
        .containsExactlyInAnyOrder(tuple("URBAN_MGMT", Status.REJECTED), tuple("HOUSING", Status.REJECTED));
  }

  @Test
  void theDepartmentASupervisorNamesHandlesTheOrderWithoutSigningForIt() {
    String caseNumber = registered("违法建设", "楼顶违法建设加盖三层");
    ProcessInstance order = rejectedOrder(caseNumber, "HOUSING", "UserTask_ArbitrateOrder", "NORMAL");
    assertThat(order).isWaitingAt("UserTask_ArbitrateOrder");

    completeAs("ou.weixiong", order, withVariables("newDepartment", "URBAN_MGMT", "arbitrationNote", "一事一策：城管牵头，住建配合"));

    assertThat(order).hasPassed("UserTask_ArbitrateOrder").hasNotPassed("UserTask_SignForOrder")
        .isWaitingAt("UserTask_ProposePlan");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(order.getId())
        .taskCandidateGroup("dept-URBAN_MGMT").count()).isEqualTo(1);
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    assertThat(orders.of(caseNumber)).extracting(DepartmentOrder::department, DepartmentOrder::status)
        .containsExactlyInAnyOrder(tuple("HOUSING", Status.REJECTED), tuple("URBAN_MGMT", Status.SIGNED));
    assertThat(journal.events(caseNumber)).last()
        .returns(CaseAction.ARBITRATED, CaseEvent::action)
        .returns("ou.weixiong", CaseEvent::actor);
    assertThat(queued(caseNumber, MailKind.ORDER_DISPATCHED)).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------- helpers

  /** A case on file with its record, as intake registers it; no lifecycle, the chunk stands in for its order. */
  /** Claims and completes the order's open task as the logged-in user with her groups, as Tasklist does. */
  private void completeAs(String user, ProcessInstance order, Map<String, Object> variables) {
    org.camunda.bpm.engine.task.Task task = claim(task(order), user);
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      complete(task, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String registered(String title, String description) {
    return intake.registerStarted(Reports.hotline(title, description)).caseNumber();
  }

  /**
   * The lead order of {@code department}, rejected once: its row dispatched to the department and
   * rejected by the order instance (the one place the rejection is counted), and an instance started before
   * {@code activity} with the variables the sign-for left on it.
   */
  private ProcessInstance rejectedOrder(String caseNumber, String department, String activity, String priority) {
    var dispatchedAt = clock.now();
    records.recordDispatch(caseNumber, department, dispatchedAt);
    orders.dispatch(caseNumber, department, Role.LEAD, dispatchedAt);

    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("department", department);
    variables.put("role", "LEAD");
    variables.put("townCenterGroup", TOWN_CENTER);
    variables.put("priority", priority);
    variables.put("category", "ILLEGAL_CONSTRUCTION");
    variables.put("title", records.get(caseNumber).title());
    variables.put("orderDecision", "REJECT");
    variables.put("rejectionReason", "NOT_OUR_DUTY");
    ProcessInstance order = engine.getRuntimeService().createProcessInstanceByKey(DepartmentOrderProcess.ID)
        .businessKey(caseNumber)
        .startBeforeActivity(activity)
        .setVariables(variables)
        .execute();

    // what Task_ReceiveOrder and Task_RecordSignFor did before this point
    orders.attach(caseNumber, department, Role.LEAD, order.getId());
    orders.reject(caseNumber, department, Role.LEAD, order.getId());
    return order;
  }

  private List<OutboxEntry> queued(String caseNumber, MailKind kind) {
    return outbox.ofCase(caseNumber).stream().filter(mail -> mail.kind() == kind).toList();
  }
}
