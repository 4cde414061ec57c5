package io.gridcase.open311;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request Open311 refuses, answered in its error format ({@code [{"code":400,"description":"…"}]}):
 * the HTTP status as the code, one error per field, each description starting with the field.
 */
class Open311Exception extends RuntimeException {

  /** One refused field and why. */
  record FieldError(String field, String message) {

    String description() {
      return field == null ? message : field + ": " + message;
    }
  }

  private final HttpStatus status;
  private final List<FieldError> errors;

  Open311Exception(HttpStatus status, List<FieldError> errors) {
    super(errors.get(0).description());
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  Open311Exception(HttpStatus status, String field, String message) {
    this(status, List.of(new FieldError(field, message)));
  }

  static Open311Exception badField(String field, String message) {
    return new Open311Exception(HttpStatus.BAD_REQUEST, field, message);
  }

  HttpStatus status() {
    return status;
  }

  List<FieldError> errors() {
    return errors;
  }
}
