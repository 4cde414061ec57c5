package io.gridcase.sla;

import java.util.Map;

/**
 * Port to the engine room: the {@code extension-limit} decision (latest deployed version).
 * Implemented by {@code engine.EngineOutbound}.
 */
public interface ExtensionLimitRules {

  /** The first matching row for a deadline profile and stage, or null when none matches. */
  Map<String, Object> limit(String slaProfile, Stage stage);
}
