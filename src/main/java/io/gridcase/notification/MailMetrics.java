package io.gridcase.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog as metrics ({@code /actuator/metrics/gridcase.mail.unsent}): an SMTP
 * outage raises no incident in Cockpit, so this is where it shows.
 */
@Component
class MailMetrics implements MeterBinder {

  private final MailOutbox outbox;

  MailMetrics(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("gridcase.mail.unsent", outbox, MailOutbox::unsentCount)
        .description("mails in the outbox not sent yet")
        .register(registry);
    Gauge.builder("gridcase.mail.failing", outbox, MailOutbox::failingCount)
        .description("unsent mails that failed at least gridcase.mail.retry.alert-after times")
        .register(registry);
  }
}
