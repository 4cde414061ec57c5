package io.gridcase.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list variable as the capabilities read it: a form's checklist arrives as Spin JSON, a
 * decision's collected entries as a list; both come out as a plain value.
 */
public final class SpinLists {

  private SpinLists() {}

  /** A JSON array as a list of its strings; any other value as it is. */
  public static Object plain(Object value) {
    if (value instanceof SpinJsonNode json && json.isArray()) {
      List<String> elements = new ArrayList<>();
      json.elements().forEach(element -> elements.add(element.stringValue()));
      return elements;
    }
    return value;
  }
}
