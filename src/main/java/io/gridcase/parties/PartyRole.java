package io.gridcase.parties;

/** Which side of a dispute a party is on. */
public enum PartyRole {
  APPLICANT("申请人"),
  RESPONDENT("被申请人");

  private final String label;

  PartyRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
