package io.gridcase.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node looks for due mail every {@code gridcase.mail.poll-interval}: retries after a
 * failure, and mails whose after-commit send was lost with a node. Off with
 * {@code gridcase.mail.dispatcher.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gridcase.mail.dispatcher.enabled", matchIfMissing = true)
public class MailPolling {

  private static final Logger log = LoggerFactory.getLogger(MailPolling.class);

  private final MailDispatcher dispatcher;

  public MailPolling(MailDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      fixedDelayString = "${gridcase.mail.poll-interval:10s}",
      initialDelayString = "${gridcase.mail.poll-interval:10s}")
  public void poll() {
    try {
      int sent = dispatcher.dispatchDue();
      if (sent > 0) {
        log.debug("sent {} due mails", sent);
      }
    } catch (RuntimeException e) {
      log.warn("mail poll failed, next poll tries again: {}", MailDispatcher.summary(e));
    }
  }
}
