package io.gridcase.intake;

/** A well-formed report that names something the directory does not know (a grid, a category). */
public class UnknownReferenceException extends RuntimeException {

  private final String field;
  private final Object value;

  public UnknownReferenceException(String field, Object value, String message) {
    super(message);
    this.field = field;
    this.value = value;
  }

  public String field() {
    return field;
  }

  public Object value() {
    return value;
  }
}
