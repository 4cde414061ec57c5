package io.gridcase.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One case as the figures see it (a {@code kpi_case} row): its cohort day, its place in each
 * {@link Dimension}, where it stands, and what it adds to each {@link Counter}.
 */
record CaseFigures(
    String caseNumber,
    LocalDate day,
    Map<Dimension, String> keys,
    String stage,
    String status,
    String outcome,
    String satisfaction,
    int reopenCount,
    int rejectionCount,
    boolean flagged,
    long[] counts,
    Map<String, OrderFigures> orders) {

  /** What the case adds to the DEPARTMENT row of its lead: the per-order counters go by {@link #orders}. */
  long[] leadCounts() {
    long[] lead = counts.clone();
    Counter.PER_ORDER.forEach(counter -> lead[counter.ordinal()] = 0);
    return lead;
  }

  CaseFigures withOrders(Map<String, OrderFigures> departmentOrders) {
    return new CaseFigures(caseNumber, day, keys, stage, status, outcome, satisfaction, reopenCount, rejectionCount,
        flagged, counts, new TreeMap<>(departmentOrders));
  }

  /**
   * The one definition of every counter, from {@code case_record} and {@code case_deadline}: used
   * for one case after each step, for all of them by a rebuild, and by the benchmark's naive query.
   * {@code %s} is the filter on case_record (alias r) and on case_deadline. A rebuild inserts
   * these columns by position into kpi_case: keep their order. The rejections are the
   * sum over the case's order rows ({@code case_department}), the one place they are kept (ADR 15).
   */
  static final String SELECT = """
      select r.case_number,
        cast(r.reported_at at time zone 'Asia/Shanghai' as date) as report_day,
        coalesce(r.lead_department, '-') as department, r.town_code, r.grid_code,
        coalesce(r.category, '-') as category, r.channel,
        r.stage, r.status, r.outcome, r.satisfaction, r.reopen_count,
        (select coalesce(sum(o.rejections), 0) from case_department o where o.case_number = r.case_number) as rejection_count,
        r.flagged,
        1 as cases,
        case when r.status = 'CANCELLED' then 1 else 0 end as cancelled,
        case when r.status = 'CLOSED' then 1 else 0 end as closed,
        case when r.status = 'OPEN' and coalesce(d.done_overdue, 0) > 0 then 1 else 0 end as due_open,
        case when r.status = 'OPEN' and coalesce(d.any_overdue, 0) > 0 then 1 else 0 end as overdue_open,
        case when r.dispatched_at is not null then 1 else 0 end as dispatched,
        coalesce(d.accept_due, 0) as accept_due, coalesce(d.accept_on_time, 0) as accept_on_time,
        coalesce(d.plan_due, 0) as plan_due, coalesce(d.plan_on_time, 0) as plan_on_time,
        coalesce(d.done_due, 0) as done_due, coalesce(d.done_on_time, 0) as done_on_time,
        case when r.satisfaction is not null then 1 else 0 end as revisited,
        case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end as satisfied,
        case when r.reopen_count > 0 then 1 else 0 end as reopened,
        r.reopen_count as reopens,
        case when exists (select 1 from case_department o where o.case_number = r.case_number and o.rejections > 0)
          then 1 else 0 end as rejected,
        (select coalesce(sum(o.rejections), 0) from case_department o where o.case_number = r.case_number) as rejections,
        case when r.flagged then 1 else 0 end as flagged_cases
      from case_record r left join (
        select case_number,
          sum(case when stage = 'DONE' and met_at is null and overdue_at is not null then 1 else 0 end) as done_overdue,
          sum(case when met_at is null and overdue_at is not null then 1 else 0 end) as any_overdue,
          sum(case when stage = 'ACCEPT' and (met_at is not null or overdue_at is not null) then 1 else 0 end) as accept_due,
          sum(case when stage = 'ACCEPT' and on_time then 1 else 0 end) as accept_on_time,
          sum(case when stage = 'PLAN' and (met_at is not null or overdue_at is not null) then 1 else 0 end) as plan_due,
          sum(case when stage = 'PLAN' and on_time then 1 else 0 end) as plan_on_time,
          sum(case when stage = 'DONE' and (met_at is not null or overdue_at is not null) then 1 else 0 end) as done_due,
          sum(case when stage = 'DONE' and on_time then 1 else 0 end) as done_on_time
        from case_deadline %s group by case_number) d on d.case_number = r.case_number
      %s
      """;

  static CaseFigures map(ResultSet rs, int row) throws SQLException {
    Map<Dimension, String> keys = new EnumMap<>(Dimension.class);
    keys.put(Dimension.ALL, Dimension.WHOLE);
    keys.put(Dimension.DEPARTMENT, rs.getString("department"));
    keys.put(Dimension.TOWN, rs.getString("town_code"));
    keys.put(Dimension.GRID, rs.getString("grid_code"));
    keys.put(Dimension.CATEGORY, rs.getString("category"));
    keys.put(Dimension.CHANNEL, rs.getString("channel"));
    long[] counts = new long[Counter.ALL.length];
    for (Counter counter : Counter.ALL) {
      counts[counter.ordinal()] = rs.getLong(counter.column());
    }
    return new CaseFigures(
        rs.getString("case_number"),
        rs.getObject("report_day", LocalDate.class),
        keys,
        rs.getString("stage"),
        rs.getString("status"),
        rs.getString("outcome"),
        rs.getString("satisfaction"),
        rs.getInt("reopen_count"),
        rs.getInt("rejection_count"),
        rs.getBoolean("flagged"),
        counts,
        new TreeMap<>());
  }

  boolean sameAs(CaseFigures other) {
    return other != null
        && day.equals(other.day)
        && keys.equals(other.keys)
        && Objects.equals(stage, other.stage)
        && Objects.equals(status, other.status)
        && Objects.equals(outcome, other.outcome)
        && Objects.equals(satisfaction, other.satisfaction)
        && reopenCount == other.reopenCount
        && rejectionCount == other.rejectionCount
        && flagged == other.flagged
        && Arrays.equals(counts, other.counts)
        && orders.equals(other.orders);
  }
}
