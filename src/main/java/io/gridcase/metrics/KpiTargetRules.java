package io.gridcase.metrics;

import java.util.Map;

/** Port to the engine room: the {@code kpi-targets} decision. Implemented by {@code engine.EngineOutbound}. */
public interface KpiTargetRules {

  /** The first matching row for a KPI and a channel (null for any), or null when none matches. */
  Map<String, Object> target(String kpi, String channel);
}
