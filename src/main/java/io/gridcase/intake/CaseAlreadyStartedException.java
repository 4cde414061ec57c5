package io.gridcase.intake;

/**
 * A second {@code case-lifecycle} for a case that already has one: a start that names an existing
 * case number, as variable or as business key. Refused before anything is written; callers see it
 * as 409 Conflict.
 */
public class CaseAlreadyStartedException extends RuntimeException {

  private final String caseNumber;

  public CaseAlreadyStartedException(String caseNumber) {
    super("案件已在办理中 case " + caseNumber + " already has its lifecycle; report a new case instead");
    this.caseNumber = caseNumber;
  }

  public String caseNumber() {
    return caseNumber;
  }
}
