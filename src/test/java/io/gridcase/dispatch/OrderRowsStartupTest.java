package io.gridcase.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.DepartmentOrderProcess;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders running when the V6 migration added the link get their rows at start-up. */
@GridcaseTest
class OrderRowsStartupTest {

  @Autowired OrderRowsStartup startup;
  @Autowired CaseDriver cases;
  @Autowired DepartmentOrders orders;
  @Autowired JdbcClient jdbc;

  @Test
  void anOrderStartedBeforeTheMigrationIsLinkedToItsRowAndCanBeSignedFor() {
    String caseNumber = cases.report(Reports.hotline("工地欠薪", "包工头拖欠 5 名工人工资"));
    String order = cases.order(caseNumber, "HRSS").getId();
    // what a row dispatched before V6 looks like
    jdbc.sql("update case_department set process_instance_id = null where case_number = ?").param(caseNumber).update();

    startup.attachRunningOrders();

    assertThat(orders.ofInstance(caseNumber, order)).isPresent();
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua", Map.of("orderDecision", "ACCEPT"));
    assertThat(orders.of(caseNumber)).anySatisfy(row -> {
      assertThat(row.department()).isEqualTo("HRSS");
      assertThat(row.status()).isEqualTo(Status.SIGNED);
    });
    assertThat(cases.instances(caseNumber, DepartmentOrderProcess.ID)).isNotEmpty();
  }
}
