package io.gridcase.process;

import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.DepartmentOrderProcess;
import io.gridcase.intake.CaseAlreadyStartedException;
import io.gridcase.sla.CaseDeadline;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.Stage;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 3 and the engine side of item 2: whatever identifies the case, the order and the
 * department comes from the process instance. A handler who sends another case's
 * {@code caseNumber}, {@code department} and {@code role} with her own task changes only her own
 * case; a second lifecycle for an existing case, or an order nobody dispatched, is refused.
 */
@GridcaseTest
class CaseIdentityTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired DepartmentOrders orders;
  @Autowired CaseDeadlines deadlines;
  @Autowired CaseJournal journal;
  @Autowired JdbcClient jdbc;

  @Test
  void aLeadHandlerSendingAnotherCasesIdentityWithHerTasksChangesOnlyHerOwnCase() {
    String wages = cases.report(Reports.hotline("工地拖欠工资", "丰乐路工地老板拖欠 12 名工人工资"));
    String housing = cases.report(Reports.hotline("房屋产权纠纷", "祖屋产权与亲戚发生争议"));
    Map<String, Object> housingBefore = snapshot(housing);
    // HOUSING is the lead of the housing case; role CO would also send HRSS down the co-handler path
    Map<String, Object> forged = Map.of("caseNumber", housing, "department", "HOUSING", "role", "CO");

    cases.complete(wages, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua", with(forged, "orderDecision", "ACCEPT"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(order(wages, "HRSS", Role.LEAD).status()).isEqualTo(Status.SIGNED);
    assertThat(deadline(wages, Stage.ACCEPT).metAt()).isNotNull();
    assertThat(journal.events(wages)).last()
        .returns(CaseAction.SIGNED, CaseEvent::action).returns("HRSS LEAD", CaseEvent::detail);
    cases.task(wages, "UserTask_ProposePlan", "dept-HRSS");
    assertThat(tasksOf(wages, "dept-HOUSING")).as("nothing of the wages case offered to HOUSING").isEmpty();

    cases.complete(wages, "UserTask_ProposePlan", "dept-HRSS", "chen.zhihua", with(forged, "plan", "约谈施工方"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(deadline(wages, Stage.PLAN).metAt()).isNotNull();
    assertThat(journal.events(wages)).last()
        .returns(CaseAction.PLAN_PROPOSED, CaseEvent::action).returns("HRSS: 约谈施工方", CaseEvent::detail);

    cases.complete(wages, "UserTask_ReportResult", "dept-HRSS", "chen.zhihua",
        with(forged, "outcome", "RESOLVED", "resultSummary", "工资已结清"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(records.get(wages).outcome()).isEqualTo("RESOLVED");
    assertThat(order(wages, "HRSS", Role.LEAD).status()).isEqualTo(Status.DONE);
    assertThat(deadline(wages, Stage.DONE).metAt()).isNotNull();
  }

  @Test
  void aCoHandlerAndTheRevisitClerkSendingAnotherCasesIdentityChangeOnlyTheirOwnCase() {
    String wages = cases.report(Reports.hotline("工地欠薪", "工地老板拖欠 8 名工人工资"));
    String housing = cases.report(Reports.hotline("房屋产权争议", "祖屋产权与兄弟发生争议"));
    Map<String, Object> housingBefore = snapshot(housing);
    // JUSTICE co-handles both cases; COURT only the housing case, and LEAD would lead it to a plan
    Map<String, Object> forged = Map.of("caseNumber", housing, "department", "COURT", "role", "LEAD");

    cases.complete(wages, "UserTask_SignForOrder", "dept-JUSTICE", "lin.suzhen", with(forged, "orderDecision", "ACCEPT"));
    cases.complete(wages, "UserTask_ReportContribution", "dept-JUSTICE", "lin.suzhen",
        with(forged, "contribution", "已提供法律援助"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(order(wages, "JUSTICE", Role.CO).status()).isEqualTo(Status.DONE);
    assertThat(journal.events(wages)).last()
        .returns(CaseAction.CONTRIBUTION_REPORTED, CaseEvent::action).returns("JUSTICE: 已提供法律援助", CaseEvent::detail);

    handleAsLead(wages, "HRSS", "chen.zhihua");
    cases.runDueJobs(wages);
    cases.fireTimer(wages, "TimerEvent_RevisitDue");
    Map<String, Object> revisit = new HashMap<>(with(Map.of("caseNumber", housing), "satisfaction", "UNSATISFIED"));
    revisit.put("leadDepartment", "HOUSING");
    revisit.put("coDepartments", List.of("COURT"));
    cases.complete(wages, "UserTask_RevisitReporter", "revisit", "ye.wanting", revisit);

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(records.get(wages).satisfaction()).isEqualTo("UNSATISFIED");
    assertThat(records.get(wages).reopenCount()).isEqualTo(1);
    // the reopened case goes back to the departments that handled it, whatever the variables said
    cases.task(wages, "UserTask_SignForOrder", "dept-HRSS");
    cases.task(wages, "UserTask_SignForOrder", "dept-JUSTICE");
    assertThat(tasksOf(wages, "dept-HOUSING")).isEmpty();
    assertThat(tasksOf(wages, "dept-COURT")).isEmpty();
  }

  @Test
  void aRejectionAndARedispatchSendingAnotherCasesIdentityMoveOnlyTheirOwnOrder() {
    String wages = cases.report(Reports.hotline("拖欠工资", "老板欠薪两个月未发"));
    String housing = cases.report(Reports.hotline("房产纠纷", "房屋产权登记与邻居有争议"));
    Map<String, Object> housingBefore = snapshot(housing);
    Map<String, Object> forged = Map.of("caseNumber", housing, "department", "HOUSING", "role", "LEAD");

    cases.complete(wages, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua",
        with(forged, "orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(order(wages, "HRSS", Role.LEAD).status()).isEqualTo(Status.REJECTED);
    assertThat(records.get(wages).rejectionCount()).isEqualTo(1);

    cases.complete(wages, "UserTask_RedispatchOrder", TOWN_CENTER, "zhao.min",
        with(forged, "newDepartment", "CIVIL_AFFAIRS"));

    assertThat(snapshot(housing)).isEqualTo(housingBefore);
    assertThat(records.get(wages).leadDepartment()).isEqualTo("CIVIL_AFFAIRS");
    assertThat(orders.of(wages)).extracting(DepartmentOrder::department, DepartmentOrder::role, DepartmentOrder::status)
        .contains(tuple("HRSS", Role.LEAD, Status.REJECTED), tuple("CIVIL_AFFAIRS", Role.LEAD, Status.DISPATCHED));
    cases.task(wages, "UserTask_SignForOrder", "dept-CIVIL_AFFAIRS");
    assertThat(journal.events(wages)).last()
        .returns(CaseAction.REDISPATCHED, CaseEvent::action).returns("HRSS -> CIVIL_AFFAIRS LEAD", CaseEvent::detail);
  }

  @Test
  void aSecondLifecycleForAnExistingCaseIsRefusedAndChangesNothing() {
    String existing = cases.report(Reports.hotline("违法建设", "楼顶加建铁皮房"));
    Map<String, Object> before = snapshot(existing);
    long caseRows = count("select count(*) from case_record");
    var history = engine.getHistoryService();
    long lifecycles = history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseLifecycleProcess.ID).count();
    Map<String, Object> form = Map.of(
        "channel", "WALK_IN", "title", "违法建设", "description", "楼顶加建铁皮房",
        "gridCode", Reports.GRID, "anonymous", true);
    var runtime = engine.getRuntimeService();
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CaseLifecycleProcess.ID).latestVersion().singleResult();

    assertThatThrownBy(() -> runtime.createProcessInstanceByKey(CaseLifecycleProcess.ID)
            .setVariable("caseNumber", existing).execute())
        .isInstanceOf(CaseAlreadyStartedException.class);
    assertThatThrownBy(() -> runtime.createProcessInstanceByKey(CaseLifecycleProcess.ID)
            .businessKey(existing).setVariables(form).execute())
        .isInstanceOf(CaseAlreadyStartedException.class);
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition.getId(), existing, form))
        .isInstanceOf(CaseAlreadyStartedException.class);

    assertThat(snapshot(existing)).isEqualTo(before);
    assertThat(count("select count(*) from case_record")).isEqualTo(caseRows);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseLifecycleProcess.ID).count())
        .isEqualTo(lifecycles);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(existing)
        .processDefinitionKey(CaseLifecycleProcess.ID).count()).isEqualTo(1);
  }

  @Test
  void anOrderNobodyDispatchedCannotBeStarted() {
    String housing = cases.report(Reports.hotline("房屋产权", "房屋产权证办理纠纷"));
    Map<String, Object> before = snapshot(housing);
    long orderInstances = cases.instances(housing, DepartmentOrderProcess.ID).size();

    for (var order : List.of(Map.of("department", "HOUSING", "role", "LEAD"), Map.of("department", "HRSS", "role", "LEAD"))) {
      assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey(DepartmentOrderProcess.ID)
              .businessKey(housing).setVariables(with(order, "caseNumber", housing, "townCenterGroup", TOWN_CENTER))
              .execute())
          .hasMessageContaining("no dispatched LEAD order of " + housing);
    }

    assertThat(snapshot(housing)).isEqualTo(before);
    assertThat(cases.instances(housing, DepartmentOrderProcess.ID)).hasSize((int) orderInstances);
  }

  // ---------------------------------------------------------------------------------- helpers

  private void handleAsLead(String caseNumber, String department, String user) {
    String group = "dept-" + department;
    cases.complete(caseNumber, "UserTask_SignForOrder", group, user, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", group, user, Map.of("plan", "现场处置"));
    cases.complete(caseNumber, "UserTask_ReportResult", group, user, Map.of("outcome", "RESOLVED", "resultSummary", "已处置"));
  }

  /** Everything the other case's tasks could have written: its row, orders, deadlines, journal, figures. */
  private Map<String, Object> snapshot(String caseNumber) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("case_record", rows("select * from case_record where case_number = ?", caseNumber));
    rows.put("case_department", rows("select * from case_department where case_number = ? order by department, role", caseNumber));
    rows.put("case_deadline", rows("select * from case_deadline where case_number = ? order by stage, round", caseNumber));
    rows.put("case_event", rows("select * from case_event where case_number = ? order by id", caseNumber));
    rows.put("kpi_case", rows("select * from kpi_case where case_number = ?", caseNumber));
    return rows;
  }

  private List<Map<String, Object>> rows(String sql, String caseNumber) {
    return jdbc.sql(sql).param(caseNumber).query().listOfRows();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private DepartmentOrder order(String caseNumber, String department, Role role) {
    return orders.of(caseNumber).stream()
        .filter(order -> order.department().equals(department) && order.role() == role)
        .findFirst().orElseThrow();
  }

  private CaseDeadline deadline(String caseNumber, Stage stage) {
    return deadlines.current(caseNumber, stage).orElseThrow();
  }

  private List<Task> tasksOf(String caseNumber, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroup(group).list();
  }

  private static Map<String, Object> with(Map<String, ?> base, Object... keysAndValues) {
    Map<String, Object> merged = new HashMap<>(base);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      merged.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return merged;
  }
}
