package io.gridcase.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Gridcase's mail comes from and how the outbox sends it ({@code gridcase.mail.*}).
 *
 * @param from the sender address
 * @param pollInterval how often each node looks for due mail that no after-commit send took
 * @param lease how long a node may take to send one mail before another node may try it
 * @param batchSize how many due mails one poll takes at most
 * @param dispatcher whether this node polls at all
 * @param retry when a failed mail is tried again
 */
@ConfigurationProperties("gridcase.mail")
public record MailProperties(
    String from,
    @DefaultValue("10s") Duration pollInterval,
    @DefaultValue("5m") Duration lease,
    @DefaultValue("50") int batchSize,
    @DefaultValue Dispatcher dispatcher,
    @DefaultValue Retry retry) {

  /** @param enabled false switches the scheduled poll off (tests that drive the dispatcher by hand) */
  public record Dispatcher(@DefaultValue("true") boolean enabled) {}

  /**
   * @param backoff the waits after the first, second, ... failure; the last one repeats for ever
   * @param alertAfter from this many failed attempts on, every further failure is logged as ERROR
   */
  public record Retry(
      @DefaultValue({"30s", "1m", "5m", "15m", "1h"}) List<Duration> backoff,
      @DefaultValue("5") int alertAfter) {

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration after(int attempts) {
      if (backoff.isEmpty()) {
        return Duration.ofHours(1);
      }
      return backoff.get(Math.min(Math.max(attempts, 1), backoff.size()) - 1);
    }
  }
}
