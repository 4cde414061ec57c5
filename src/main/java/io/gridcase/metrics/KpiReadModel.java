package io.gridcase.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import io.gridcase.casefile.CaseRows;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private static final String INSERT_ORDER = "insert into kpi_case_department (case_number, department, dispatched,"
      + " rejected, " + OrderFigures.COLUMNS + ") values (?, ?, 1, ?, ?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final KpiRollup rollup;
  private final CaseRows rows;

  public KpiReadModel(JdbcClient jdbc, JdbcTemplate batches, KpiRollup rollup, CaseRows rows) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.batches = batches;
    this.rollup = rollup;
  }

  /**
   * Brings one case's figures up to date; does nothing when they did not change. Two transactions
   * of one case (two of its deadline jobs, say) take turns on the case's row: otherwise both would
   * read the same "before", and the second would fail on {@code kpi_case}'s key or, had the first
   * already replaced the row, move the same difference into the rollup twice.
   */
  public void refresh(String caseNumber) {
    rows.lock(caseNumber);
    Optional<CaseFigures> now = jdbc.sql(CaseFigures.SELECT.formatted(
            "where case_number = :caseNumber", "where r.case_number = :caseNumber"))
        .param("caseNumber", caseNumber).query(CaseFigures::map).optional()
        .map(figures -> figures.withOrders(orders(ORDERS_NOW, caseNumber)));
    Optional<CaseFigures> before = find(caseNumber);
    if (now.isEmpty() || now.get().sameAs(before.orElse(null))) {
      return;
    }
    CaseFigures c = now.get();
    if (before.isPresent()) {
      jdbc.sql("delete from kpi_case_department where case_number = ?").param(caseNumber).update();
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
    // the case's departments in one round trip (an intake gives orders to two or more)
    batches.batchUpdate(INSERT_ORDER, c.orders().entrySet().stream()
        .map(order -> orderRow(caseNumber, order.getKey(), order.getValue())).toList());
    rollup.replace(before.orElse(null), c);
  }

  private static Object[] orderRow(String caseNumber, String department, OrderFigures order) {
    return new Object[] {caseNumber, department, order.rejections() > 0 ? 1 : 0, order.rejections(), order.acceptDue(),
        order.acceptOnTime(), order.doneDue(), order.doneOnTime()};
  }

  public Optional<CaseFigures> find(String caseNumber) {
    return jdbc.sql("select " + COLUMNS + " from kpi_case where case_number = ?")
        .param(caseNumber).query(CaseFigures::map).optional()
        .map(figures -> figures.withOrders(orders(ORDERS_BEFORE, caseNumber)));
  }

  /**
   * Every department the case gave an order to, with its rejections of it (both roles together)
   * and, as a co-handler, its figures against its own deadlines ({@link OrderFigures}).
   */
  private static final String ORDERS_NOW =
      "select department, " + OrderFigures.SUMS + " from case_department where case_number = ? group by department";
  private static final String ORDERS_BEFORE =
      "select department, " + OrderFigures.COLUMNS + " from kpi_case_department where case_number = ?";

  private Map<String, OrderFigures> orders(String sql, String caseNumber) {
    Map<String, OrderFigures> orders = new TreeMap<>();
    jdbc.sql(sql).param(caseNumber).query(rs -> {
      orders.put(rs.getString("department"), OrderFigures.map(rs));
    });
    return orders;
  }

  /** Recomputes every case and the rollup in set-based SQL: after the migration, for the benchmark. */
  public void rebuild() {
    jdbc.sql("delete from kpi_rollup").update();
    jdbc.sql("delete from kpi_case_department").update();
    jdbc.sql("delete from kpi_case").update();
    jdbc.sql("insert into kpi_case (" + COLUMNS + ") " + CaseFigures.SELECT.formatted("", "")).update();
    jdbc.sql("insert into kpi_case_department (case_number, department, dispatched, rejected, " + OrderFigures.COLUMNS + ")"
        + " select case_number, department, 1, case when sum(rejections) > 0 then 1 else 0 end, " + OrderFigures.SUMS
        + " from case_department group by case_number, department").update();
    rollup.rebuild();
  }

  /**
   * Cases without figures yet, e.g. those reported before the figures existed, or dispatched before
   * rejections were credited per department (V7).
   */
  public long missing() {
    return jdbc.sql("select count(*) from case_record r where not exists"
        + " (select 1 from kpi_case k where k.case_number = r.case_number)"
        + " or exists (select 1 from case_department d where d.case_number = r.case_number and not exists"
        + " (select 1 from kpi_case_department p where p.case_number = d.case_number and p.department = d.department))")
        .query(Long.class).single();
  }
}
