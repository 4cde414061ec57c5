package io.gridcase.api;

import java.nio.charset.StandardCharsets;

/**
 * One request that must be refused: what kind of fault it carries, where it goes and what the
 * answer must name ({@code field}: a field path, {@code body} or {@code Content-Type}).
 *
 * @param contentType the Content-Type header, or null to send none
 */
record BadRequest(String category, String fault, String path, String contentType, byte[] body, String field) {

  static final String JSON = "application/json";

  static BadRequest json(String category, String fault, String path, String body, String field) {
    return new BadRequest(category, fault, path, JSON, body.getBytes(StandardCharsets.UTF_8), field);
  }

  /** What to print when the answer is wrong: the fault and the start of the body. */
  String describe() {
    String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    return category + " / " + fault + " -> POST " + path + " [" + contentType + ", " + body.length + " bytes] " + text;
  }
}
