package io.gridcase.casefile;

/** Where a case stands overall; the finer position is its {@link CaseStage}. */
public enum CaseStatus {
  OPEN("办理中"),
  CLOSED("已办结"),
  CANCELLED("已撤销");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  /** The Chinese name people read on the case page, the dashboard and in Tasklist. */
  public String label() {
    return label;
  }
}
