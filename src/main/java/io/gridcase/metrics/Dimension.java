package io.gridcase.metrics;

import java.util.Locale;

/** What the figures can be grouped by; {@link #ALL} is the city as a whole. */
public enum Dimension {
  ALL,
  DEPARTMENT,
  TOWN,
  GRID,
  CATEGORY,
  CHANNEL;

  /** The value of a case's dimensions before it has one: no lead department yet, no category yet. */
  public static final String NONE = "-";
  static final String WHOLE = "*";

  public static Dimension parse(String value) {
    return value == null || value.isBlank() ? ALL : valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
