package io.gridcase.metrics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The figures of a period, for the city and per group. */
@Schema(description = "KPIs over the cases reported from `from` to `to` (both inclusive, China time). See README, 'Figures'.")
public record KpiReport(
    LocalDate from,
    LocalDate to,
    String groupBy,
    Group total,
    List<Group> groups) {

  /** One row: the city, a department, a town, a grid, a category, a channel, a day or a month. */
  public record Group(
      String key,
      String name,
      @Schema(description = "the counters the figures are computed from (see Counter)") Map<String, Long> counts,
      @Schema(description = "closureRate, responseRate, planOnTimeRate, doneOnTimeRate, satisfactionRate, reopenRate, rejectionRate, flaggedCases, timelyAcceptanceRate")
          Map<String, Figure> figures) {}

  /**
   * A figure with its target. value is null when nothing was due (denominator 0); a rate is a
   * fraction (0.97 = 97 %).
   */
  public record Figure(
      String label,
      Double value,
      long numerator,
      @Schema(description = "null for a count") Long denominator,
      Double target,
      @Schema(description = "AT_LEAST or AT_MOST") String direction,
      @Schema(description = "null when value or target is missing") Boolean met) {

    /** A figure beside its target from kpi-targets.dmn (none when goal is null). */
    static Figure of(String label, Double value, long numerator, Long denominator, KpiTargets.Target goal) {
      return new Figure(label, value, numerator, denominator,
          goal == null ? null : goal.value(), goal == null ? null : goal.direction(),
          goal == null || value == null ? null : goal.metBy(value));
    }
  }
}
