package io.gridcase.metrics;

/** A request for figures outside {@link KpiLimits}: the API answers 400 naming the field. */
public class KpiRequestException extends RuntimeException {

  private final String field;
  private final String reason;

  public KpiRequestException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  /** What is wrong, without the field's name. */
  public String reason() {
    return reason;
  }
}
