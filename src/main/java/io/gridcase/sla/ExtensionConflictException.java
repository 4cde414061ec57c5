package io.gridcase.sla;

/**
 * An extension (延期) the stage cannot take now: one request already waits for the town center's
 * decision, or the stage has had all the extensions the extension-limit decision allows.
 * {@code /api} answers 409; the engine REST API (the Tasklist start form) answers 400 with the
 * message, the only status it has for a refused form.
 */
public class ExtensionConflictException extends ExtensionRefusal {

  public ExtensionConflictException(String message) {
    super("stage", message);
  }
}
