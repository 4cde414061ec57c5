package io.gridcase.callback;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How status callbacks are posted ({@code gridcase.callbacks.*}, ADR 21). Technical settings of
 * the delivery, not rules of the case: they live here and not in a decision table.
 *
 * @param pollInterval how often each node looks for due events
 * @param lease how long a node may take to post one event before another node may try it
 * @param batchSize how many due events one look takes at most
 * @param connectTimeout how long to wait for the receiver's connection
 * @param requestTimeout how long to wait for the receiver's answer
 * @param maxAttempts after this many failed posts an event is given up (until the integrator resends it)
 * @param backoff the waits after the first, second, ... failure; the last one repeats
 * @param dispatcher whether this node posts at all
 * @param allowedHosts the hosts a callback may point to ({@code hotline.example.cn}, or
 *     {@code *.example.cn} for its subdomains); empty: any host
 */
@ConfigurationProperties("gridcase.callbacks")
public record CallbackProperties(
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("1m") Duration lease,
    @DefaultValue("50") int batchSize,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration requestTimeout,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue({"10s", "1m", "5m", "15m", "1h"}) List<Duration> backoff,
    @DefaultValue Dispatcher dispatcher,
    @DefaultValue({}) List<String> allowedHosts) {

  /** @param enabled false switches the scheduled poll off (tests that drive the worker by hand) */
  public record Dispatcher(@DefaultValue("true") boolean enabled) {}

  /** Whether a callback may point to the host. */
  public boolean allows(String host) {
    String name = host.toLowerCase(java.util.Locale.ROOT);
    return allowedHosts.isEmpty()
        || allowedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).anyMatch(allowed ->
            allowed.startsWith("*.") ? name.endsWith(allowed.substring(1)) : name.equals(allowed));
  }

  /** The wait after the given number of failed attempts (1 = the first failure). */
  public Duration after(int attempts) {
    if (backoff.isEmpty()) {
      return Duration.ofHours(1);
    }
    return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
  }
}
