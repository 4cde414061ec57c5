package io.gridcase.metrics;

import io.gridcase.casefile.CaseClock;
import io.gridcase.directory.Category;
import io.gridcase.directory.Directory;
import io.gridcase.intake.Channel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The supervisors' figures from the rollup: never a scan of cases, deadlines or engine history. */
@Service
public class Kpis {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** What a report can be grouped by: a dimension, or a period. */
  public enum GroupBy {
    NONE, DEPARTMENT, TOWN, GRID, CATEGORY, CHANNEL, DAY, MONTH;

    public static GroupBy parse(String value) {
      if (value == null || value.isBlank()) {
        return NONE;
      }
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new KpiRequestException("groupBy",
            "只能是 department、town、grid、category、channel、day 或 month / must be one of department, town, grid, category, channel, day, month");
      }
    }
  }

  private final KpiRollup rollup;
  private final KpiTargets targets;
  private final Directory directory;
  private final CaseClock clock;
  private final KpiLimits limits;

  public Kpis(KpiRollup rollup, KpiTargets targets, Directory directory, CaseClock clock, KpiLimits limits) {
    this.rollup = rollup;
    this.targets = targets;
    this.directory = directory;
    this.clock = clock;
    this.limits = limits;
  }

  public LocalDate today() {
    return clock.now().atZoneSameInstant(CHINA).toLocalDate();
  }

  /**
   * The figures of the cases reported from {@code from} to {@code to}, both days included.
   *
   * @throws KpiRequestException when the period or the grouping is outside {@link KpiLimits}
   */
  public KpiReport report(LocalDate from, LocalDate to, GroupBy groupBy) {
    limits.check(from, to, groupBy);
    LocalDate end = to.plusDays(1);
    long[] total = rollup.sums(Dimension.ALL, from, end).getOrDefault(Dimension.WHOLE, new long[Counter.ALL.length]);
    List<KpiReport.Group> groups = new ArrayList<>();
    switch (groupBy) {
      case NONE -> { }
      case DAY -> rollup.perDay(from, end).forEach((day, counts) -> groups.add(group(day.toString(), day.toString(), counts, null)));
      case MONTH -> {
        Map<String, long[]> months = new TreeMap<>();
        rollup.perDay(from, end).forEach((day, counts) -> {
          long[] month = months.computeIfAbsent(day.toString().substring(0, 7), k -> new long[Counter.ALL.length]);
          for (int i = 0; i < month.length; i++) {
            month[i] += counts[i];
          }
        });
        months.forEach((month, counts) -> groups.add(group(month, month, counts, null)));
      }
      default -> {
        Dimension dim = Dimension.valueOf(groupBy.name());
        Names names = new Names(dim);
        rollup.sums(dim, from, end).forEach((key, counts) ->
            groups.add(group(key, names.of(key), counts, dim == Dimension.CHANNEL ? key : null)));
      }
    }
    return new KpiReport(from, to, groupBy.name().toLowerCase(Locale.ROOT), group(Dimension.WHOLE, "全市 City", total, null), groups);
  }

  private KpiReport.Group group(String key, String name, long[] counts, String channel) {
    Map<String, Long> named = new LinkedHashMap<>();
    for (Counter counter : Counter.ALL) {
      named.put(camel(counter.column()), counts[counter.ordinal()]);
    }
    Map<String, KpiTargets.Target> goals = targets.forChannel(channel);
    Map<String, KpiReport.Figure> figures = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) {
      long numerator = kpi.numerator(counts);
      long denominator = kpi.denominator(counts);
      Double value = !kpi.isRate() ? Double.valueOf(numerator) : denominator > 0 ? (double) numerator / denominator : null;
      figures.put(kpi.key(), KpiReport.Figure.of(kpi.label(), value, numerator,
          kpi.isRate() ? denominator : null, goals.get(kpi.key())));
    }
    return new KpiReport.Group(key, name, named, figures);
  }

  static String camel(String column) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Chinese names of the keys of a dimension, looked up once per report. */
  private final class Names {
    private final Map<String, String> names = new TreeMap<>();

    Names(Dimension dim) {
      if (dim == Dimension.CATEGORY) {
        directory.categories().forEach((Category c) -> names.put(c.code(), c.nameZh()));
      } else if (dim == Dimension.CHANNEL) {
        for (Channel channel : Channel.values()) {
          names.put(channel.name(), channel.label());
        }
      }
      this.dim = dim;
    }

    private final Dimension dim;

    String of(String key) {
      if (Dimension.NONE.equals(key)) {
        return dim == Dimension.DEPARTMENT ? "未派单" : "未分类";
      }
      return switch (dim) {
        case DEPARTMENT -> directory.department(key).map(d -> d.nameZh()).orElse(key);
        case TOWN -> directory.town(key).map(t -> t.name()).orElse(key);
        case GRID -> directory.grid(key).map(g -> g.name()).orElse(key);
        default -> names.getOrDefault(key, key);
      };
    }
  }
}
