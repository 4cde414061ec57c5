package io.gridcase.benchmarks;

import io.gridcase.intake.CaseIntake;
import io.gridcase.support.Reports;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many open cases, fast and honestly: each through {@link CaseIntake#report} (the code behind
 * {@code POST /api/cases}: validation, grid, case record, lifecycle to its first waits, history full),
 * {@code perTransaction} of them in one transaction (CaseIntake's own transaction joins it), from
 * the benchmark's client threads. Fewer commits is the only difference from single intakes: the
 * same rows are written, synchronous_commit stays on.
 */
final class OpenCases {

  private OpenCases() {}

  static void create(GridcaseServer server, int cases, BenchmarkSizes sizes) throws Exception {
    int perTransaction = Math.max(1, sizes.openPerTransaction());
    Progress.say("Gridcase: creating %,d open cases through CaseIntake, %d per transaction", cases, perTransaction);
    CaseIntake intake = server.bean(CaseIntake.class);
    TransactionTemplate transaction = new TransactionTemplate(server.bean(PlatformTransactionManager.class));
    int batches = (cases + perTransaction - 1) / perTransaction;
    long start = System.nanoTime();
    ConcurrentRun.run(batches, sizes.clients(), batch -> {
      transaction.executeWithoutResult(status -> {
        for (int i = batch * perTransaction; i < Math.min(cases, (batch + 1) * perTransaction); i++) {
          intake.report(Reports.hotline("工地拖欠工资", "丰乐路工地拖欠工人工资 " + i));
        }
      });
      Progress.every(batch * perTransaction, 10_000, "Gridcase: %,d open cases created", batch * perTransaction);
    });
    Progress.say("Gridcase: %,d open cases in %.1f s", cases, (System.nanoTime() - start) / 1e9);
  }
}
