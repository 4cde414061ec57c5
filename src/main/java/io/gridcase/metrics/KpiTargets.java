package io.gridcase.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
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

  private record Cached(Map<Kpi, Target> targets, Instant until) {}

  private final KpiTargetRules rules;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public KpiTargets(KpiTargetRules rules) {
    this.rules = rules;
  }

  /** The targets for a channel's figures, or for all channels' when channel is null. */
  public Map<Kpi, Target> forChannel(String channel) {
    String key = channel == null ? ANY_CHANNEL : channel;
    Cached cached = cache.get(key);
    if (cached == null || Instant.now().isAfter(cached.until())) {
      cached = new Cached(evaluate(channel), Instant.now().plus(TTL));
      cache.put(key, cached);
    }
    return cached.targets();
  }

  private Map<Kpi, Target> evaluate(String channel) {
    Map<Kpi, Target> targets = new EnumMap<>(Kpi.class);
    for (Kpi kpi : Kpi.values()) {
      Map<String, Object> row = rules.target(kpi.key(), channel);
      if (row != null) {
        targets.put(kpi, new Target(((Number) row.get("target")).doubleValue(), (String) row.get("direction")));
      }
    }
    return targets;
  }
}
