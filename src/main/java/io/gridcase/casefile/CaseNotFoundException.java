package io.gridcase.casefile;

/** A case number that names no case. */
public class CaseNotFoundException extends RuntimeException {

  private final String caseNumber;

  public CaseNotFoundException(String caseNumber) {
    super("No case " + caseNumber);
    this.caseNumber = caseNumber;
  }

  public String caseNumber() {
    return caseNumber;
  }
}
