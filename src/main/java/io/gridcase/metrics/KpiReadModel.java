package io.gridcase.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case read model of the figures ({@code kpi_case}) and, through {@link KpiRollup}, their
 * sums. {@link #refresh} recomputes one case from {@code case_record} and {@code case_deadline}
 * and moves the difference into the rollup, in the caller's transaction.
 */
@Repository
public class KpiReadModel {

  private static final String COLUMNS = "case_number, report_day, department, town_code, grid_code, category, channel,"
      + " stage, status, outcome, satisfaction, reopen_count, rejection_count, flagged, "
      + String.join(", ", java.util.Arrays.stream(Counter.ALL).map(Counter::column).toList());

  private final JdbcClient jdbc;
  private final KpiRollup rollup;

  public KpiReadModel(JdbcClient jdbc, KpiRollup rollup) {
    this.jdbc = jdbc;
    this.rollup = rollup;
  }

  /**
   * Brings one case's figures up to date; does nothing when they did not change. Two transactions
   * of one case (two of its deadline jobs, say) take turns on the case's row: otherwise both would
   * read the same "before", and the second would fail on {@code kpi_case}'s key or, had the first
   * already replaced the row, move the same difference into the rollup twice.
   */
  public void refresh(String caseNumber) {
    jdbc.sql("select case_number from case_record where case_number = ? for update").param(caseNumber)
        .query(String.class).optional();
    Optional<CaseFigures> now = jdbc.sql(CaseFigures.SELECT.formatted(
            "where case_number = :caseNumber", "where r.case_number = :caseNumber"))
        .param("caseNumber", caseNumber).query(CaseFigures::map).optional();
    Optional<CaseFigures> before = find(caseNumber);
    if (now.isEmpty() || now.get().sameAs(before.orElse(null))) {
      return;
    }
    CaseFigures c = now.get();
    if (before.isPresent()) {
      jdbc.sql("delete from kpi_case where case_number = ?").param(caseNumber).update();
    }
    List<Object> args = new ArrayList<>(List.of(c.caseNumber(), c.day(), c.keys().get(Dimension.DEPARTMENT),
        c.keys().get(Dimension.TOWN), c.keys().get(Dimension.GRID), c.keys().get(Dimension.CATEGORY),
        c.keys().get(Dimension.CHANNEL), c.stage(), c.status()));
    args.add(c.outcome());
    args.add(c.satisfaction());
    args.addAll(List.of(c.reopenCount(), c.rejectionCount(), c.flagged()));
    for (long count : c.counts()) {
      args.add((int) count);
    }
    jdbc.sql("insert into kpi_case (" + COLUMNS + ") values (" + "?, ".repeat(args.size() - 1) + "?)")
        .params(args).update();
    rollup.replace(before.orElse(null), c);
  }

  public Optional<CaseFigures> find(String caseNumber) {
    return jdbc.sql("select " + COLUMNS + " from kpi_case where case_number = ?")
        .param(caseNumber).query(CaseFigures::map).optional();
  }

  /** Recomputes every case and the rollup in set-based SQL: after the migration, for the benchmark. */
  public void rebuild() {
    jdbc.sql("delete from kpi_rollup").update();
    jdbc.sql("delete from kpi_case").update();
    jdbc.sql("insert into kpi_case (" + COLUMNS + ") " + CaseFigures.SELECT.formatted("", "")).update();
    rollup.rebuild();
  }

  /** Cases without figures yet, e.g. those reported before the figures existed. */
  public long missing() {
    return jdbc.sql("select count(*) from case_record r where not exists"
        + " (select 1 from kpi_case k where k.case_number = r.case_number)").query(Long.class).single();
  }
}
