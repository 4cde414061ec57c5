package io.gridcase.sla;

/**
 * An extension (延期) that may not be asked for as written: {@code extendBy} unreadable, not
 * positive or beyond the extension-limit decision, or a stage that decision does not let be
 * extended. {@code /api} answers 400 naming the field, the engine REST API (Tasklist) 400 with the
 * message.
 */
public class InvalidExtensionException extends ExtensionRefusal {

  private final String reason;

  public InvalidExtensionException(String field, String reason) {
    super(field, field + ": " + reason);
    this.reason = reason;
  }

  /** What is wrong, without the field's name. */
  public String reason() {
    return reason;
  }
}
