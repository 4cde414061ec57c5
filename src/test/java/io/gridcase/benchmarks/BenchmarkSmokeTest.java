package io.gridcase.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark with tiny sizes, so that it cannot rot: every row is produced with sane numbers.
 * Nothing here says anything about speed; the figures come from {@link GridcaseBenchmark}.
 */
class BenchmarkSmokeTest {

  @Test
  void everyRowOfTheTableIsProduced() throws Exception {
    BenchmarkSizes sizes = BenchmarkSizes.smoke();
    BenchmarkResult result = GridcaseBenchmark.run(sizes);
    System.out.println(BenchmarkTable.markdown(result));

    for (Side side : new Side[] {result.gridcase(), result.bare()}) {
      sane(side.intake(), sizes.intakeCases());
      sane(side.lifecycle(), sizes.lifecycleCases());
      sane(side.lateness(), sizes.dueBatch());
      assertThat(side.lifecycleWork().tasks()).isPositive();
      assertThat(side.lifecycleWork().timers()).isPositive();
      assertThat(side.open().timers()).isPositive();
      assertThat(side.acquisitionMillis()).isPositive();
      assertThat(side.heapMiB()).isPositive();
    }
    assertThat(result.gridcase().openCases()).isGreaterThanOrEqualTo(sizes.openCases());
    assertThat(result.bare().open().timers()).isGreaterThanOrEqualTo(result.gridcase().open().timers());
    assertThat(result.bare().tasksPerCase()).isEqualTo(Math.round(result.gridcase().tasksPerCase()));
    assertThat(result.decisions().memoized()).isPositive();
    assertThat(result.decisions().plain()).isPositive();
    // the same-work comparison is fair only while Gridcase's intake does exactly what IntakeEquivalent does
    sane(result.equivalent().intake(), sizes.intakeCases());
    assertThat(result.gridcase().intakeWork().sameWorkAs(IntakeEquivalent.work()))
        .as("Gridcase's intake %s; IntakeEquivalent %s", result.gridcase().intakeWork().describe(), IntakeEquivalent.work().describe())
        .isTrue();
    assertThat(result.equivalent().work().sameWorkAs(IntakeEquivalent.work()))
        .as("the bare engine's same-work intake %s", result.equivalent().work().describe()).isTrue();
    // and the same-work lifecycle only while one Gridcase lifecycle does exactly what LifecycleEquivalent does
    sane(result.equivalent().lifecycle(), sizes.lifecycleCases());
    assertThat(result.gridcase().lifecycleEngineWork().sameWorkAs(LifecycleEquivalent.work()))
        .as("Gridcase's lifecycle %s; LifecycleEquivalent %s", result.gridcase().lifecycleEngineWork().describe(),
            LifecycleEquivalent.work().describe())
        .isTrue();
    assertThat(result.equivalent().lifecycleWork().sameWorkAs(LifecycleEquivalent.work()))
        .as("the bare engine's same-work lifecycle %s", result.equivalent().lifecycleWork().describe()).isTrue();
    for (Clicks clicks : new Clicks[] {result.gridcase().clicks(), result.equivalent().clicks()}) {
      sane(clicks.open(), sizes.clicks());
      sane(clicks.complete(), sizes.clicks());
      assertThat(clicks.pacedIntake().count()).isGreaterThanOrEqualTo(sizes.pacedIntakes());
      assertThat(clicks.pacedIntake().p50()).isPositive();
    }
    assertThat(BenchmarkTable.rows(result)).hasSize(17).allSatisfy(row -> assertThat(row.gridcase()).isNotBlank());
    assertThat(BenchmarkTable.markdown(result)).contains("| 5 used heap")
        .contains("| 2 whole lifecycle, bare engine doing one lifecycle's engine work (").contains("| 2 same-work lifecycle latency");
    // the feedback mail's two save points per whole lifecycle; the breakdown counted every intake's SQL
    assertThat(result.gridcase().savePoints().lag().count()).isGreaterThanOrEqualTo(2 * sizes.lifecycleCases());
    // the stall watch sampled the real server's pool and job table all through row 2
    Stalls stalls = result.gridcase().stalls();
    assertThat(stalls.samples()).isPositive();
    assertThat(stalls.failedSamples()).isZero();
    assertThat(stalls.poolActive().value()).isPositive();
    assertThat(BenchmarkTable.markdown(result)).contains("| 2 lifecycle: stall watch").contains("- Stall watch during row 2");
    IntakeBreakdown breakdown = result.gridcase().breakdown();
    assertThat(breakdown.statements().bySql).containsKey("insert into case_event (case_number, occurred_at, actor, action, detail) values (?, ?, ?, ?, ?)");
    assertThat(breakdown.samples().values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    // ADR 30: one intake's transaction reads the case, order and deadline rows once, and again only after
    // a change (they were 13, 8 and 10 before); bounds with room for new work, not the exact counts
    assertThat(perIntake(breakdown, "select r.*, (select coalesce(sum(d.rejections), 0) from case_department d"))
        .as("reads of the case row per intake").isLessThanOrEqualTo(5);
    assertThat(perIntake(breakdown, "select * from case_department where case_number = ? and process_instance_id = ?"))
        .as("reads of an order row per intake").isLessThanOrEqualTo(4);
    assertThat(perIntake(breakdown, "select * from case_deadline where case_number = ? and stage = ?"))
        .as("reads of a deadline row per intake (none of a stage the new case has no deadline for yet)").isLessThanOrEqualTo(1);
    assertThat(perIntake(breakdown, "select id from mail_outbox"))
        .as("a queued mail's id comes back from its insert").isZero();
    assertThat(perIntake(breakdown, "insert into case_event", 1))
        .as("round trips per intake to the journal: its seven rows as one batch at commit").isEqualTo(1);
    assertThat(perIntake(breakdown, "select s.id from callback_subscription s"))
        .as("a case's callbacks read once per intake, not once per step with an event").isEqualTo(1);
    assertThat(perIntake(breakdown, "insert into kpi_case_department", 1))
        .as("round trips per intake to a case's departments in the figures: one batch").isLessThanOrEqualTo(1);
    double ownRoundTrips = breakdown.statements().bySql.entrySet().stream()
        .filter(e -> !IntakeBreakdown.areaOf(e.getKey()).startsWith("engine")).mapToLong(e -> e.getValue()[1]).sum()
        / (double) breakdown.intakes();
    assertThat(ownRoundTrips).as("round trips per intake to Gridcase's own tables (80 before ADR 30's row memory, 57 after, 51 with the journal batched, 43 with the callbacks read once and the departments of the figures batched)")
        .isLessThanOrEqualTo(57);
  }

  /** Statements per intake whose text starts with {@code prefix}. */
  private static double perIntake(IntakeBreakdown breakdown, String prefix) {
    return perIntake(breakdown, prefix, 0);
  }

  /** Statements (figure 0) or round trips (figure 1) per intake whose text starts with {@code prefix}. */
  private static double perIntake(IntakeBreakdown breakdown, String prefix, int figure) {
    return breakdown.statements().bySql.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(e -> e.getValue()[figure]).sum() / (double) breakdown.intakes();
  }

  private static void sane(Timings timings, int expected) {
    assertThat(timings.count()).isEqualTo(expected);
    assertThat(timings.perSecond()).isPositive();
    assertThat(timings.p50()).isLessThanOrEqualTo(timings.p99());
    assertThat(timings.p99()).isLessThanOrEqualTo(timings.max());
  }
}
