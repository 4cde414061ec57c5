package io.gridcase.casefile;

/**
 * A step refused for what a person entered, with a message in Chinese and English that names the
 * field. {@code /api} answers 400 (or 409) naming the field; when the step runs in the engine, the
 * engine room turns it into a form refusal so the engine REST API (Tasklist) answers 400 too.
 */
public abstract class FieldRefusal extends RuntimeException {

  private final String field;

  protected FieldRefusal(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field or request property that was refused. */
  public String field() {
    return field;
  }
}
