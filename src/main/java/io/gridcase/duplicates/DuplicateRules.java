package io.gridcase.duplicates;

import java.util.Map;

/**
 * Port to the engine room: the {@code duplicate-window} decision, and {@code case-category} for a
 * report that names no category (latest deployed versions). Implemented by {@code engine.DuplicateDecisions}.
 */
public interface DuplicateRules {

  /** The row of {@code duplicate-window} for a category ({@code radiusMetres}, {@code window}), or null when none. */
  Map<String, Object> window(String category);

  /** What {@code case-category} makes of a report; null when it cannot tell. */
  String category(String reportedCategory, String channel, boolean sme, String title, String description);
}
