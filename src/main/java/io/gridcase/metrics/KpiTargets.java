package io.gridcase.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The targets beside the figures, from {@code decisions/kpi-targets.dmn} (latest deployed
 * version), per channel, cached for a minute so a redeployed table shows within one.
 */
@Component
public class KpiTargets {

  private static final Duration TTL = Duration.ofMinutes(1);
  private static final String ANY_CHANNEL = "";

  public record Target(double value, String direction) {
    public boolean metBy(double actual) {
      return "AT_MOST".equals(direction) ? actual <= value + 1e-9 : actual >= value - 1e-9;
    }
  }

  private record Cached(Map<String, Target> targets, Instant until) {}

  private final KpiTargetRules rules;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public KpiTargets(KpiTargetRules rules) {
    this.rules = rules;
  }

  /**
   * The targets for a channel's figures, or for all channels' when channel is null, by the
   * figure's JSON name (closureRate …, timelyAcceptanceRate).
   */
  public Map<String, Target> forChannel(String channel) {
    String key = channel == null ? ANY_CHANNEL : channel;
    Cached cached = cache.get(key);
    if (cached == null || Instant.now().isAfter(cached.until())) {
      cached = new Cached(evaluate(channel), Instant.now().plus(TTL));
      cache.put(key, cached);
    }
    return cached.targets();
  }

  private Map<String, Target> evaluate(String channel) {
    Map<String, Target> targets = new HashMap<>();
    Stream.concat(Stream.of(Kpi.values()).map(Kpi::key), Stream.of(TimelyAcceptance.KEY)).forEach(key -> {
      Map<String, Object> row = rules.target(key, channel);
      if (row != null) {
        targets.put(key, new Target(((Number) row.get("target")).doubleValue(), (String) row.get("direction")));
      }
    });
    return Map.copyOf(targets);
  }
}
