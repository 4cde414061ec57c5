package io.gridcase.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of grid Jiangmen reports (1,318 community, 1,459 rural, 74 maritime, 103 industrial and other). */
public enum GridType {
  COMMUNITY,
  RURAL,
  MARITIME,
  /** industrial parks and the other special grids (schools, markets, ...). */
  INDUSTRIAL;

  /** The code in the YAML file and the database: the lower-case name. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static GridType of(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
