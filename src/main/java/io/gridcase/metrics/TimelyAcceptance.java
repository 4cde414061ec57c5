package io.gridcase.metrics;

import io.gridcase.casefile.CaseClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 及时受理率 (timely acceptance): of the tasks that take a case in (a department's 签收, and the
 * center's own steps: manual triage and dispatch, re-dispatch, arbitration, on-the-spot, revisits,
 * supervision, extension decisions), the share completed by their due date, over the tasks that
 * were completed or are past due, for the cases reported in the period. The due dates are those
 * the tasks carry (stage deadlines and {@code task-deadline.dmn}). A department's plan, result and
 * contribution are not counted here: planOnTimeRate and doneOnTimeRate count them.
 *
 * <p>Unlike the figures of {@link Kpis} this one is read from the engine's task history, not from
 * the rollup: one indexed join per report (cases of the period → their instances → their tasks).
 */
@Component
public class TimelyAcceptance {

  public static final String KEY = "timelyAcceptanceRate";
  public static final String LABEL = "及时受理率";

  /** The department's handling after it signed for the order: counted by the stage figures instead. */
  private static final List<String> HANDLING_TASKS =
      List.of("UserTask_ProposePlan", "UserTask_ReportResult", "UserTask_ReportContribution");

  private static final Map<Dimension, String> COLUMNS = Map.of(
      Dimension.DEPARTMENT, "c.lead_department",
      Dimension.TOWN, "c.town_code",
      Dimension.GRID, "c.grid_code",
      Dimension.CATEGORY, "c.category",
      Dimension.CHANNEL, "c.channel");

  private final JdbcClient jdbc;
  private final CaseClock clock;
  private final KpiTargets targets;

  public TimelyAcceptance(JdbcClient jdbc, CaseClock clock, KpiTargets targets) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.targets = targets;
  }

  /** On time and decided tasks per key of the dimension ({@code *} for the whole city). */
  public Map<String, long[]> counts(Dimension dimension, LocalDate from, LocalDate to) {
    String group = dimension == Dimension.ALL ? "'" + Dimension.WHOLE + "'"
        : "coalesce(" + COLUMNS.get(dimension) + ", '" + Dimension.NONE + "')";
    Timestamp now = Timestamp.from(clock.now().toInstant());
    String completed = "t.END_TIME_ is not null and t.DELETE_REASON_ = 'completed'";
    Map<String, long[]> counts = new HashMap<>();
    jdbc.sql("select " + group + " as group_key,"
            + " sum(case when " + completed + " and t.END_TIME_ <= t.DUE_DATE_ then 1 else 0 end) as on_time,"
            + " count(*) as decided"
            + " from case_record c"
            + " join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = c.case_number"
            + " join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " where c.reported_at >= ? and c.reported_at < ? and t.DUE_DATE_ is not null"
            + " and t.TASK_DEF_KEY_ not in (?, ?, ?)"
            + " and ((" + completed + ") or (t.END_TIME_ is null and t.DUE_DATE_ < ?) or t.END_TIME_ > t.DUE_DATE_)"
            + (dimension == Dimension.ALL ? "" : " group by " + group))
        .params(from.atStartOfDay(Kpis.CHINA).toOffsetDateTime(), to.plusDays(1).atStartOfDay(Kpis.CHINA).toOffsetDateTime(),
            HANDLING_TASKS.get(0), HANDLING_TASKS.get(1), HANDLING_TASKS.get(2), now)
        .query(rs -> {
          counts.put(rs.getString("group_key"), new long[] {rs.getLong("on_time"), rs.getLong("decided")});
        });
    return counts;
  }

  /** The report with 及时受理率 beside the other figures of the city and of each dimension group. */
  public KpiReport addTo(KpiReport report) {
    Kpis.GroupBy groupBy = Kpis.GroupBy.parse(report.groupBy());
    Map<String, long[]> total = counts(Dimension.ALL, report.from(), report.to());
    Map<String, long[]> grouped = switch (groupBy) {
      case NONE, DAY, MONTH -> Map.of();
      default -> counts(Dimension.valueOf(groupBy.name()), report.from(), report.to());
    };
    List<KpiReport.Group> groups = new ArrayList<>();
    for (KpiReport.Group group : report.groups()) {
      boolean byPeriod = groupBy == Kpis.GroupBy.DAY || groupBy == Kpis.GroupBy.MONTH;
      String channel = groupBy == Kpis.GroupBy.CHANNEL ? group.key() : null;
      groups.add(with(group, byPeriod ? null : grouped.getOrDefault(group.key(), new long[2]), channel));
    }
    return new KpiReport(report.from(), report.to(), report.groupBy(),
        with(report.total(), total.getOrDefault(Dimension.WHOLE, new long[2]), null), groups);
  }

  /**
   * A group with the figure and its target (kpi-targets.dmn, by the group's channel when grouped
   * by channel) added; by day or month the figure is left out (null) rather than guessed.
   */
  private KpiReport.Group with(KpiReport.Group group, long[] counts, String channel) {
    Map<String, KpiReport.Figure> figures = new LinkedHashMap<>(group.figures());
    Double value = counts == null || counts[1] == 0 ? null : (double) counts[0] / counts[1];
    figures.put(KEY, KpiReport.Figure.of(LABEL, value, counts == null ? 0 : counts[0], counts == null ? null : counts[1],
        targets.forChannel(channel).get(KEY)));
    return new KpiReport.Group(group.key(), group.name(), group.counts(), figures);
  }
}
