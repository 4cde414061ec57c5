package io.gridcase.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one request for figures may ask ({@code gridcase.kpis.*}, see the README, "Figures"): the
 * dates a period may cover, how long it may be and how many day or month groups one answer may
 * have. A grouping by department, town, grid, category or channel has at most one group per entry
 * of the directory, so only the periods need a bound. The dashboard reads these from
 * {@code /api/kpis/limits} and never asks for more.
 *
 * @param earliestDate the first day a period may start on
 * @param latestDate the last day a period may end on
 * @param maxDays the most days one period may cover, both ends included
 * @param maxGroups the most groups of {@code groupBy=day} or {@code groupBy=month} in one answer
 * @param defaultDays the days a period covers when {@code from} is left out
 */
@ConfigurationProperties("gridcase.kpis")
public record KpiLimits(
    @DefaultValue("2000-01-01") LocalDate earliestDate,
    @DefaultValue("2099-12-31") LocalDate latestDate,
    @DefaultValue("731") int maxDays,
    @DefaultValue("366") int maxGroups,
    @DefaultValue("30") int defaultDays) {

  public KpiLimits {
    if (earliestDate.isAfter(latestDate) || maxDays < 1 || maxGroups < 1 || defaultDays < 1 || defaultDays > maxDays) {
      throw new IllegalArgumentException("gridcase.kpis: earliest-date must not be after latest-date, and "
          + "max-days, max-groups and default-days must be at least 1 with default-days <= max-days");
    }
  }

  /** Refuses a date given by the caller that lies outside [earliestDate, latestDate]. */
  public void checkDate(String field, LocalDate date) {
    if (date == null) {
      return;
    }
    if (date.isBefore(earliestDate)) {
      throw new KpiRequestException(field, "不得早于 %s / must not be before %s".formatted(earliestDate, earliestDate));
    }
    if (date.isAfter(latestDate)) {
      throw new KpiRequestException(field, "不得晚于 %s / must not be after %s".formatted(latestDate, latestDate));
    }
  }

  /** The days a request covers, both included. */
  public record Span(LocalDate from, LocalDate to) {}

  /**
   * The span a request covers: to defaults to today, from to {@code defaultDays} days ending on
   * to (not before earliestDate). The dates given are checked first, so no default is computed
   * from a date near the end of time.
   */
  public Span span(LocalDate from, LocalDate to, LocalDate today) {
    checkDate("from", from);
    checkDate("to", to);
    LocalDate end = to == null ? today : to;
    LocalDate start = from;
    if (start == null) {
      start = end.minusDays(defaultDays - 1L);
      start = start.isBefore(earliestDate) ? earliestDate : start;
    }
    return new Span(start, end);
  }

  /** Refuses a period that is out of bounds, reversed or too long, or a grouping into too many days or months. */
  public void check(LocalDate from, LocalDate to, Kpis.GroupBy groupBy) {
    checkDate("from", from);
    checkDate("to", to);
    if (to.isBefore(from)) {
      throw new KpiRequestException("to", "不得早于开始日期 %s / must not be before from (%s)".formatted(from, from));
    }
    long days = days(from, to);
    if (days > maxDays) {
      throw new KpiRequestException("to", "统计期最长 %d 天（所选 %d 天）/ a period covers at most %d days (this one %d)"
          .formatted(maxDays, days, maxDays, days));
    }
    long groups = switch (groupBy) {
      case DAY -> days;
      case MONTH -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
      default -> 1;
    };
    if (groups > maxGroups) {
      throw new KpiRequestException("groupBy", "最多 %d 组（按%s分组为 %d 组），请缩短统计期或按月分组 / at most %d groups (by %s: %d); shorten the period or group by month"
          .formatted(maxGroups, groupBy == Kpis.GroupBy.DAY ? "日" : "月", groups, maxGroups, groupBy.name().toLowerCase(Locale.ROOT), groups));
    }
  }

  /** The days of a period, both ends included. */
  public static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
