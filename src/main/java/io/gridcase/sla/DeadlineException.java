package io.gridcase.sla;

/** A deadline request that does not fit the case as it stands (e.g. an extension asked too late). */
public class DeadlineException extends RuntimeException {

  public DeadlineException(String message) {
    super(message);
  }
}
