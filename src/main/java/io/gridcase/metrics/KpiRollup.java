package io.gridcase.metrics;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * {@code kpi_rollup}: the counters of {@code kpi_case} summed per day and per month, per value of
 * each {@link Dimension}. Changes are added as differences in the caller's transaction.
 */
@Repository
public class KpiRollup {

  static final String DAY = "D";
  static final String MONTH = "M";
  private static final String COLUMNS =
      Arrays.stream(Counter.ALL).map(Counter::column).collect(Collectors.joining(", "));
  private static final String SUMS =
      Arrays.stream(Counter.ALL).map(c -> "sum(" + c.column() + ")").collect(Collectors.joining(", "));

  /** One row of the rollup. Keys are written in this order, so two transactions never deadlock. */
  record Key(String period, LocalDate day, Dimension dim, String value) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::dim).thenComparing(Key::period)
        .thenComparing(Key::day).thenComparing(Key::value);
  }

  private final JdbcClient jdbc;
  /** The same DataSource and transaction as {@code jdbc}; JdbcClient has no batches. */
  private final JdbcTemplate batches;
  private final String upsert;

  public KpiRollup(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.batches = new JdbcTemplate(dataSource);
    boolean postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
        .toLowerCase().contains("postgres");
    String params = Arrays.stream(Counter.ALL).map(c -> "?").collect(Collectors.joining(", "));
    if (postgres) {
      // a racing insert of the same key waits for the other transaction, then adds to its row
      upsert = "insert into kpi_rollup (period, report_day, dim, dim_key, " + COLUMNS + ") values (?, ?, ?, ?, " + params
          + ") on conflict (dim, period, report_day, dim_key) do update set "
          + Arrays.stream(Counter.ALL).map(c -> c.column() + " = kpi_rollup." + c.column() + " + excluded." + c.column())
              .collect(Collectors.joining(", "));
    } else {
      upsert = "merge into kpi_rollup t using (values (?, cast(? as date), ?, ?, " + params + ")) s (period, report_day, dim, dim_key, "
          + COLUMNS + ") on t.dim = s.dim and t.period = s.period and t.report_day = s.report_day and t.dim_key = s.dim_key"
          + " when matched then update set "
          + Arrays.stream(Counter.ALL).map(c -> c.column() + " = t." + c.column() + " + s." + c.column())
              .collect(Collectors.joining(", "))
          + " when not matched then insert (period, report_day, dim, dim_key, " + COLUMNS + ") values (s.period, s.report_day, s.dim, s.dim_key, "
          + Arrays.stream(Counter.ALL).map(c -> "s." + c.column()).collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * Moves a case's contribution from what it counted for before to what it counts for now: one
   * upsert per changed row, sent as one JDBC batch (one round trip instead of one per row, 14 for a
   * new case; issue 14), still in key order so that two transactions never deadlock.
   */
  void replace(CaseFigures before, CaseFigures now) {
    Map<Key, long[]> deltas = new TreeMap<>(Key.ORDER);
    if (before != null) {
      add(deltas, before, -1);
    }
    if (now != null) {
      add(deltas, now, 1);
    }
    List<Object[]> rows = new ArrayList<>();
    deltas.forEach((key, delta) -> {
      if (Arrays.stream(delta).anyMatch(d -> d != 0)) {
        List<Object> args = new ArrayList<>(List.of(key.period(), key.day(), key.dim().name(), key.value()));
        Arrays.stream(delta).forEach(args::add);
        rows.add(args.toArray());
      }
    });
    if (!rows.isEmpty()) {
      batches.batchUpdate(upsert, rows);
    }
  }

  private static void add(Map<Key, long[]> deltas, CaseFigures c, int sign) {
    c.keys().forEach((dim, value) -> add(deltas, c.day(), dim, value, dim == Dimension.DEPARTMENT ? c.leadCounts() : c.counts(), sign));
    c.orders().forEach((department, order) ->
        add(deltas, c.day(), Dimension.DEPARTMENT, department, order.counts(), sign));
  }

  private static void add(Map<Key, long[]> deltas, LocalDate day, Dimension dim, String value, long[] counts, int sign) {
    for (Key key : List.of(new Key(DAY, day, dim, value), new Key(MONTH, day.withDayOfMonth(1), dim, value))) {
      long[] delta = deltas.computeIfAbsent(key, k -> new long[Counter.ALL.length]);
      for (int i = 0; i < delta.length; i++) {
        delta[i] += sign * counts[i];
      }
    }
  }

  /** Recomputes the whole rollup from kpi_case: after a migration, or to check the increments. */
  void rebuild() {
    jdbc.sql("delete from kpi_rollup").update();
    for (Dimension dim : Dimension.values()) {
      String key = switch (dim) {
        case ALL -> "'" + Dimension.WHOLE + "'";
        case DEPARTMENT -> "department";
        case TOWN -> "town_code";
        case GRID -> "grid_code";
        case CATEGORY -> "category";
        case CHANNEL -> "channel";
      };
      String source = dim != Dimension.DEPARTMENT ? "kpi_case" : "(select report_day, department, " + columns(null)
          + " from kpi_case union all select k.report_day, p.department, " + columns("p")
          + " from kpi_case_department p join kpi_case k on k.case_number = p.case_number) o";
      jdbc.sql("insert into kpi_rollup (period, report_day, dim, dim_key, " + COLUMNS + ") select 'D', report_day, '" + dim.name()
          + "', " + key + ", " + SUMS + " from " + source + " group by report_day"
          + (dim == Dimension.ALL ? "" : ", " + key)).update();
    }
    jdbc.sql("insert into kpi_rollup (period, report_day, dim, dim_key, " + COLUMNS + ")"
        + " select 'M', cast(date_trunc('month', report_day) as date), dim, dim_key, " + SUMS
        + " from kpi_rollup where period = 'D' group by cast(date_trunc('month', report_day) as date), dim, dim_key").update();
  }

  /**
   * The counters of the DEPARTMENT rows from either side of the union: the lead's kpi_case row
   * without the per-order counters ({@code alias} null), or a department's order (alias of
   * kpi_case_department) with only those and its co-handler figures ({@link Counter#CO_ORDER}, ADR 24).
   */
  private static String columns(String orderAlias) {
    return Arrays.stream(Counter.ALL)
        .map(c -> (orderAlias == null ? (Counter.PER_ORDER.contains(c) ? "0" : c.column())
            : (Counter.PER_ORDER.contains(c) || Counter.CO_ORDER.contains(c) ? orderAlias + "." + c.column() : "0"))
            + " as " + c.column())
        .collect(Collectors.joining(", "));
  }

  /**
   * The counters per value of a dimension over the days [from, to): whole months from the month
   * rows, the days at either edge from the day rows.
   */
  Map<String, long[]> sums(Dimension dim, LocalDate from, LocalDate to) {
    // at most seven index range scans (dim, period, report_day) whatever the period's length: the
    // months between the first and the last in one scan of month rows, and each edge month read
    // as days, or as the month minus the other days when more than half of it is asked for, so a
    // period never reads more than ~15 day rows per key at either edge (a year of grids reads
    // month rows only). One part per month instead made a query of thousands of unions for a
    // long period: H2's parser overflowed its stack and a period from the year -999999999 filled
    // the heap before it reached the database.
    List<String> parts = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    LocalDate firstMonth = from.withDayOfMonth(1);
    LocalDate lastMonth = to.minusDays(1).withDayOfMonth(1);
    if (firstMonth.equals(lastMonth)) {
      edge(parts, args, dim, from, to);
    } else {
      LocalDate secondMonth = firstMonth.plusMonths(1);
      edge(parts, args, dim, from, secondMonth);
      part(parts, args, dim, MONTH, secondMonth, lastMonth, 1);
      edge(parts, args, dim, lastMonth, to);
    }
    String where = " from (" + String.join(" union all ", parts) + ") r";
    Map<String, long[]> sums = new TreeMap<>();
    // a value a case has left (a category set by triage, a department changed) keeps a row of zeros;
    // a department given orders but leading none (a co-handler, one that rejected) has a row too
    jdbc.sql("select dim_key, " + SUMS + where + " group by dim_key having sum(cases) <> 0 or sum(dispatched) <> 0")
        .params(args)
        .query(rs -> {
          long[] counts = new long[Counter.ALL.length];
          for (int i = 0; i < counts.length; i++) {
            counts[i] = rs.getLong(i + 2);
          }
          sums.put(rs.getString(1), counts);
        });
    return sums;
  }

  /** The days [from, to) of one month. */
  private static void edge(List<String> parts, List<Object> args, Dimension dim, LocalDate from, LocalDate to) {
    LocalDate monthStart = from.withDayOfMonth(1);
    LocalDate monthEnd = monthStart.plusMonths(1);
    long days = ChronoUnit.DAYS.between(from, to);
    if (from.equals(monthStart) && to.equals(monthEnd)) {
      part(parts, args, dim, MONTH, monthStart, monthEnd, 1);
    } else if (days * 2 > monthStart.lengthOfMonth()) {
      part(parts, args, dim, MONTH, monthStart, monthEnd, 1);
      part(parts, args, dim, DAY, monthStart, from, -1);
      part(parts, args, dim, DAY, to, monthEnd, -1);
    } else {
      part(parts, args, dim, DAY, from, to, 1);
    }
  }

  private static void part(List<String> parts, List<Object> args, Dimension dim, String period,
      LocalDate from, LocalDate to, int sign) {
    if (!from.isBefore(to)) {
      return;
    }
    parts.add("select dim_key, " + Arrays.stream(Counter.ALL).map(c -> (sign < 0 ? "-" : "") + c.column() + " as " + c.column())
        .collect(Collectors.joining(", ")) + " from kpi_rollup where dim = ? and period = ? and report_day >= ? and report_day < ?");
    args.addAll(List.of(dim.name(), period, from, to));
  }

  /** The city's counters per day over [from, to), for the trend. */
  Map<LocalDate, long[]> perDay(LocalDate from, LocalDate to) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    jdbc.sql("select report_day, " + COLUMNS + " from kpi_rollup where dim = 'ALL' and period = 'D' and report_day >= ? and report_day < ? and cases <> 0")
        .params(from, to)
        .query(rs -> {
          long[] counts = new long[Counter.ALL.length];
          for (int i = 0; i < counts.length; i++) {
            counts[i] = rs.getLong(i + 2);
          }
          days.put(rs.getObject(1, LocalDate.class), counts);
        });
    return days;
  }
}
