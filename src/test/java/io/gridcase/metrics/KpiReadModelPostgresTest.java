package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.PostgresServer;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions of one case refreshing its figures at once, on a real PostgreSQL (two deadline
 * jobs of a case falling due together do that): the second waits for the first and the rollup
 * counts the case once.
 */
class KpiReadModelPostgresTest {

  private static final String CASE = "GC20260804000001";
  private static final LocalDate DAY = LocalDate.of(2026, 8, 4);

  private JdbcClient jdbc;
  private TransactionTemplate transactions;
  private KpiReadModel readModel;
  private KpiRollup rollup;

  @BeforeEach
  void migrateASchemaOfItsOwn() throws Exception {
    var dataSource = PostgresServer.migratedSchema("kpi_test");
    jdbc = JdbcClient.create(dataSource);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    rollup = new KpiRollup(jdbc, dataSource);
    readModel = new KpiReadModel(jdbc, new JdbcTemplate(dataSource), rollup,
        new io.gridcase.casefile.CaseRows(jdbc));
    jdbc.sql("insert into case_record (case_number, channel, title, description, grid_code, town_code, county_code,"
            + " anonymous, overseas_chinese, reported_at, status, stage, reopen_count)"
            + " values (?, 'HOTLINE_12345', '路灯不亮', '小区路灯坏了', 'JM-PJ-HUANSHI-01-01', 'JM-PJ-HUANSHI', 'JM-PJ',"
            + " false, false, timestamp with time zone '2026-08-04 09:00:00+08', 'OPEN', 'TRIAGE', 0)")
        .param(CASE).update();
  }

  @Test
  void twoTransactionsOfOneCaseTakeTurnsAndTheRollupCountsItOnce() throws Exception {
    var firstRefreshed = new CountDownLatch(1);
    var releaseFirst = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
      readModel.refresh(CASE);
      firstRefreshed.countDown();
      await(releaseFirst);
    }));
    assertThat(firstRefreshed.await(30, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> second = CompletableFuture.runAsync(
        () -> transactions.executeWithoutResult(status -> readModel.refresh(CASE)));
    Thread.sleep(500);
    assertThat(second).as("the second waits while the first holds the case").isNotDone();

    releaseFirst.countDown();
    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);

    assertThat(jdbc.sql("select count(*) from kpi_case").query(Long.class).single()).isEqualTo(1);
    Map<String, long[]> incremental = rollup.sums(Dimension.ALL, DAY, DAY.plusDays(1));
    assertThat(incremental.get(Dimension.WHOLE)[0]).as("cases reported that day").isEqualTo(1);
    readModel.rebuild();
    assertThat(rollup.sums(Dimension.ALL, DAY, DAY.plusDays(1)).get(Dimension.WHOLE))
        .as("the increments add up to what a rebuild computes").isEqualTo(incremental.get(Dimension.WHOLE));
  }

  @Test
  void aRejectionIsCreditedToTheDepartmentThatRejectedNotToTheFinalLead() {
    jdbc.sql("update case_record set lead_department = 'URBAN_MGMT', stage = 'HANDLING',"
        + " dispatched_at = reported_at where case_number = ?").param(CASE).update();
    for (Object[] order : new Object[][] {{"HRSS", "LEAD", "REJECTED", 2}, {"URBAN_MGMT", "LEAD", "SIGNED", 0},
        {"MARKET", "CO", "SIGNED", 0}}) {
      jdbc.sql("insert into case_department (case_number, department, role, status, dispatched_at, rejections)"
              + " values (?, ?, ?, ?, timestamp with time zone '2026-08-04 09:05:00+08', ?)")
          .params(CASE, order[0], order[1], order[2], order[3]).update();
    }
    transactions.executeWithoutResult(status -> readModel.refresh(CASE));

    Map<String, long[]> incremental = rollup.sums(Dimension.DEPARTMENT, DAY, DAY.plusDays(1));
    assertThat(incremental.keySet()).containsExactly("HRSS", "MARKET", "URBAN_MGMT");
    assertThat(incremental.get("HRSS")[Counter.REJECTED.ordinal()]).isEqualTo(1);
    assertThat(incremental.get("HRSS")[Counter.REJECTIONS.ordinal()]).isEqualTo(2);
    assertThat(incremental.get("HRSS")[Counter.CASES.ordinal()]).as("HRSS does not lead the case").isZero();
    assertThat(incremental.get("URBAN_MGMT")[Counter.CASES.ordinal()]).isEqualTo(1);
    assertThat(incremental.get("URBAN_MGMT")[Counter.REJECTED.ordinal()]).isZero();
    assertThat(incremental.get("URBAN_MGMT")[Counter.DISPATCHED.ordinal()]).isEqualTo(1);
    assertThat(rollup.sums(Dimension.ALL, DAY, DAY.plusDays(1)).get(Dimension.WHOLE)[Counter.REJECTIONS.ordinal()])
        .as("the city counts the case's rejections once").isEqualTo(2);

    transactions.executeWithoutResult(status -> readModel.rebuild());
    Map<String, long[]> rebuilt = rollup.sums(Dimension.DEPARTMENT, DAY, DAY.plusDays(1));
    assertThat(rebuilt.keySet()).isEqualTo(incremental.keySet());
    incremental.forEach((department, counts) -> assertThat(rebuilt.get(department)).as(department).isEqualTo(counts));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
