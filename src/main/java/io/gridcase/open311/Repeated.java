package io.gridcase.open311;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A list in an Open311 document: a JSON array, and in XML one {@code element} per item
 * ({@code <services><service>…</service></services>}).
 */
record Repeated(String element, List<?> items) {

  @JsonValue
  List<?> json() {
    return items;
  }
}
