package io.gridcase.sla.calendar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a model says "count these days as working days": an ISO duration followed by
 * {@value #MARKER}, as in {@code P5D working-days} or {@code P1DT4H working-days} (the day part in
 * working days, the hours on the clock). Case and spacing do not matter; {@code working-day}
 * reads better after {@code P1D} and is accepted too. Anything else is left to Camunda, which
 * rejects a misspelt marker instead of silently counting calendar days.
 */
public final class WorkingDaysMarker {

  public static final String MARKER = "working-days";

  private static final Pattern MARKED =
      Pattern.compile("\\s*(P\\S*)\\s+working-days?\\s*", Pattern.CASE_INSENSITIVE);

  private WorkingDaysMarker() {}

  /** The ISO duration of a marked value, or empty when the value is not marked. */
  public static Optional<String> isoDuration(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = MARKED.matcher(value);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** {@code P5D} → {@code P5D working-days}. */
  public static String mark(String isoDuration) {
    return isoDuration + " " + MARKER;
  }
}
