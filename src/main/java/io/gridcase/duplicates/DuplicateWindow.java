package io.gridcase.duplicates;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How far ({@code radiusMetres}) and how far back ({@code window}) to look for duplicates of one category. */
public record DuplicateWindow(int radiusMetres, Duration window) {

  /** The decision's row as a window; none when the category has no row. */
  static Optional<DuplicateWindow> of(Map<String, Object> row) {
    if (row == null || row.get("radiusMetres") == null || row.get("window") == null) {
      return Optional.empty();
    }
    return Optional.of(new DuplicateWindow(((Number) row.get("radiusMetres")).intValue(),
        Duration.parse(row.get("window").toString())));
  }
}
