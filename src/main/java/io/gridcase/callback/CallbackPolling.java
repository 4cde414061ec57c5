package io.gridcase.callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node posts the ready callback events every {@code gridcase.callbacks.poll-interval}. Off
 * with {@code gridcase.callbacks.dispatcher.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gridcase.callbacks.dispatcher.enabled", matchIfMissing = true)
public class CallbackPolling {

  private static final Logger log = LoggerFactory.getLogger(CallbackPolling.class);

  private final CallbackDispatcher dispatcher;

  public CallbackPolling(CallbackDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      fixedDelayString = "${gridcase.callbacks.poll-interval:5s}",
      initialDelayString = "${gridcase.callbacks.poll-interval:5s}")
  public void poll() {
    try {
      int delivered = dispatcher.deliverDue();
      if (delivered > 0) {
        log.debug("delivered {} callback events", delivered);
      }
    } catch (RuntimeException e) {
      log.warn("callback poll failed, next poll tries again: {}", e.toString());
    }
  }
}
