package io.gridcase.petitions;

/**
 * The class of a petition's handling opinion (处理意见书), as the Regulation on Letters and Visits
 * sorts the requests. Kept apart from the case's outcome, status and satisfaction (ADR 23).
 */
public enum OutcomeClass {
  REASONABLE("诉求合理的依法解决"),
  UNREASONABLE("诉求无理的做好解释"),
  UNLAWFUL("违法的依法处理");

  private final String label;

  OutcomeClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
