package io.gridcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead department and a co-handler sign for one case at the same moment, on a real PostgreSQL
 * (ADR 30): both steps lock the case row first, so they take turns instead of deadlocking on it
 * (each held the journal's foreign-key lock on the row when the KPI refresh wanted it exclusively,
 * and one of them failed with a 500).
 */
class PostgresConcurrentSignForTest extends PostgresApp {

  static final int ROUNDS = 20;

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseJournal journal;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theLeadAndTheCoHandlerSigningAtOnceBothSucceed() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String caseNumber = cases.report(Reports.sme("企业诉求：消防验收 " + round, "消防验收迟迟未安排"));
        Task lead = claimed(caseNumber, "dept-INDUSTRY", "zhen.zhuowen");
        Task co = claimed(caseNumber, "dept-MARKET", "huang.xiaoling");
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> signed = new ArrayList<>();
        signed.add(pool.submit(() -> signFor(together, lead, "dept-INDUSTRY", "zhen.zhuowen")));
        signed.add(pool.submit(() -> signFor(together, co, "dept-MARKET", "huang.xiaoling")));
        for (Future<?> each : signed) {
          each.get(60, TimeUnit.SECONDS); // throws what a signing threw: a deadlock was a 500 over engine-rest
        }

        assertThat(journal.events(caseNumber)).as("round %d", round).filteredOn(e -> e.action() == CaseAction.SIGNED)
            .extracting(CaseEvent::detail).containsExactlyInAnyOrder("INDUSTRY LEAD", "MARKET CO");
        assertThat(jdbc.sql("select department from case_department where case_number = ? and status = 'SIGNED'")
            .param(caseNumber).query(String.class).list()).containsExactlyInAnyOrder("INDUSTRY", "MARKET");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Task claimed(String caseNumber, String group, String user) {
    Task task = cases.task(caseNumber, "UserTask_SignForOrder", group);
    engine.getTaskService().claim(task.getId(), user);
    return task;
  }

  private Void signFor(CyclicBarrier together, Task task, String group, String user) throws Exception {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      together.await(30, TimeUnit.SECONDS);
      engine.getTaskService().complete(task.getId(), Map.of("orderDecision", "ACCEPT"));
      return null;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
