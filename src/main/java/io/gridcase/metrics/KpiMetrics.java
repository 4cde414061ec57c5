package io.gridcase.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The headline figures of the last 30 days as gauges ({@code gridcase.kpi.<figure>}, e.g.
 * {@code gridcase_kpi_closure_rate} on {@code /actuator/prometheus}), from the rollup, computed
 * at most every 30 seconds however often they are scraped. NaN when nothing was due.
 */
@Component
class KpiMetrics implements MeterBinder {

  private static final Duration CACHE = Duration.ofSeconds(30);

  private final Kpis kpis;
  private volatile KpiReport.Group latest;
  private volatile Instant until = Instant.MIN;

  KpiMetrics(Kpis kpis) {
    this.kpis = kpis;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Kpi kpi : Kpi.values()) {
      Gauge.builder("gridcase.kpi." + snake(kpi.key()), this, m -> m.value(kpi))
          .description(kpi.label() + " (cases reported in the last 30 days)")
          .tag("window", "30d")
          .register(registry);
    }
  }

  private double value(Kpi kpi) {
    Double value = current().figures().get(kpi.key()).value();
    return value == null ? Double.NaN : value;
  }

  private synchronized KpiReport.Group current() {
    if (latest == null || Instant.now().isAfter(until)) {
      var today = kpis.today();
      latest = kpis.report(today.minusDays(29), today, Kpis.GroupBy.NONE).total();
      until = Instant.now().plus(CACHE);
    }
    return latest;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
  }
}
