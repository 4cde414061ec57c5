package io.gridcase.callback;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The callbacks' backlog as metrics ({@code /actuator/metrics/gridcase.callbacks.given-up}): a
 * receiver that is down shows here, not as an incident.
 */
@Component
class CallbackMetrics implements MeterBinder {

  private final DeliveryRows rows;

  CallbackMetrics(DeliveryRows rows) {
    this.rows = rows;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("gridcase.callbacks.waiting", rows, DeliveryRows::waiting)
        .description("callback events of registered callbacks not delivered yet")
        .register(registry);
    Gauge.builder("gridcase.callbacks.given-up", rows, DeliveryRows::givenUp)
        .description("callback events given up after gridcase.callbacks.max-attempts, waiting for a resend")
        .register(registry);
  }
}
