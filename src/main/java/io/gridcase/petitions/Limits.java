package io.gridcase.petitions;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** An ISO 8601 limit from petition-limits.dmn added to a moment: days as calendar days, hours as hours. */
final class Limits {

  private Limits() {}

  static OffsetDateTime after(OffsetDateTime from, String limit) {
    if (limit == null || limit.isBlank()) {
      throw new IllegalArgumentException("petition-limits gave no limit");
    }
    try {
      return limit.contains("T") ? from.plus(Duration.parse(limit)) : from.plus(Period.parse(limit));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("petition-limits gave no ISO 8601 duration: " + limit, e);
    }
  }
}
