package io.gridcase.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases behind a figure of the dashboard (drill-down), from the read model the figure was
 * summed from, so the list and the figure always agree: a rate lists the cases of its denominator,
 * each marked whether it counts for the numerator; a count lists the cases it counts. Filtered by
 * period and by any dimension; a department filter on a per-order figure (退单率, dispatched,
 * rejected) reads that department's own orders (kpi_case_department), as the DEPARTMENT figures do.
 */
@Repository
public class KpiCases {

  /** A figure of {@code /api/kpis}: a KPI key (closureRate …) or a counter (cases, closed, overdueOpen …). */
  public record Figure(String key, String label, String due, String counted, boolean perOrder) {

    /** Every figure the dashboard can drill into, by its JSON name. */
    public static Figure parse(String key) {
      if (key == null || key.isBlank()) {
        throw new KpiRequestException("figure", "必填 / is required");
      }
      for (Kpi kpi : Kpi.values()) {
        if (kpi.key().equals(key)) {
          return of(kpi);
        }
      }
      for (Counter counter : Counter.ALL) {
        if (Kpis.camel(counter.column()).equals(key)) {
          String column = column(counter);
          return new Figure(key, counter.label(), column + " > 0", column + " > 0", Counter.PER_ORDER.contains(counter));
        }
      }
      throw new KpiRequestException("figure", "未知指标 %s / unknown figure; one of %s".formatted(key, keys()));
    }

    private static Figure of(Kpi kpi) {
      Counter numerator = kpi.numeratorCounter();
      Counter denominator = kpi.denominatorCounter();
      boolean perOrder = Counter.PER_ORDER.contains(numerator);
      if (kpi == Kpi.CLOSURE_RATE) {
        return new Figure(kpi.key(), kpi.label(), "(k.closed + k.due_open) > 0", "k.closed > 0", false);
      }
      if (denominator == null) {
        return new Figure(kpi.key(), kpi.label(), column(numerator) + " > 0", column(numerator) + " > 0", perOrder);
      }
      // a case counts when every deadline of the stage it had was met on time (rounds of a reopened case too)
      return new Figure(kpi.key(), kpi.label(), column(denominator) + " > 0",
          column(numerator) + " >= " + column(denominator), perOrder);
    }

    private static String column(Counter counter) {
      // the per-order counters read from %1$s: the department's order (o) or the case (k)
      return (Counter.PER_ORDER.contains(counter) ? "%1$s." : "k.") + counter.column();
    }

    static String keys() {
      return Arrays.stream(Kpi.values()).map(Kpi::key).collect(Collectors.joining(", ")) + ", "
          + Arrays.stream(Counter.ALL).map(c -> Kpis.camel(c.column())).collect(Collectors.joining(", "));
    }
  }

  /** Which cases: the period of report days, any of the dimensions, and counted or not (null: both). */
  public record Filter(LocalDate from, LocalDate to, String department, String town, String grid, String category,
      String channel, Boolean counted) {}

  /** A case behind the figure, with codes; the API names them. */
  public record Row(String caseNumber, String title, LocalDate reportDay, String department, String town, String grid,
      String category, String channel, String stage, String status, boolean flagged, boolean counted) {}

  public record Page(Figure figure, long total, int page, int size, List<Row> rows) {}

  private final JdbcClient jdbc;

  public KpiCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page list(Figure figure, Filter filter, int page, int size) {
    List<Object> args = new ArrayList<>();
    // the per-order counters come from the department's own order when a department is asked for,
    // else from the case as a whole (the city counts a rejected case once, whoever rejected it)
    boolean byOrder = figure.perOrder() && filter.department() != null;
    StringBuilder from = new StringBuilder(" from kpi_case k join case_record r on r.case_number = k.case_number");
    if (byOrder) {
      from.append(" join kpi_case_department o on o.case_number = k.case_number and o.department = ?");
      args.add(filter.department());
    }
    String due = figure.due().formatted(byOrder ? "o" : "k");
    String counted = figure.counted().formatted(byOrder ? "o" : "k");
    StringBuilder where = new StringBuilder(" where k.report_day >= ? and k.report_day <= ? and " + due);
    args.add(filter.from());
    args.add(filter.to());
    if (filter.department() != null && !byOrder) {
      where.append(" and k.department = ?");
      args.add(filter.department());
    }
    for (String[] dimension : new String[][] {
        {"k.town_code", filter.town()}, {"k.grid_code", filter.grid()}, {"k.category", filter.category()},
        {"k.channel", filter.channel()}}) {
      if (dimension[1] != null) {
        where.append(" and ").append(dimension[0]).append(" = ?");
        args.add(dimension[1]);
      }
    }
    if (filter.counted() != null) {
      where.append(filter.counted() ? " and " : " and not ").append("(").append(counted).append(")");
    }
    long total = jdbc.sql("select count(*)" + from + where).params(args).query(Long.class).single();
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(size);
    pageArgs.add((long) page * size);
    List<Row> rows = jdbc.sql("select k.case_number, r.title, k.report_day, k.department, k.town_code, k.grid_code,"
            + " k.category, k.channel, k.stage, k.status, k.flagged, case when " + counted + " then 1 else 0 end as counted"
            + from + where + " order by k.report_day desc, k.case_number desc limit ? offset ?")
        .params(pageArgs)
        .query((rs, n) -> new Row(rs.getString("case_number"), rs.getString("title"),
            rs.getObject("report_day", LocalDate.class), rs.getString("department"), rs.getString("town_code"),
            rs.getString("grid_code"), rs.getString("category"), rs.getString("channel"), rs.getString("stage"),
            rs.getString("status"), rs.getBoolean("flagged"), rs.getInt("counted") == 1))
        .list();
    return new Page(figure, total, page, size, rows);
  }
}
