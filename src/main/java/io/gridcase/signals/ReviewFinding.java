package io.gridcase.signals;

/** What the town center found when it reviewed a spike (研判结论), as the review form offers it. */
public enum ReviewFinding {
  COMMON_CAUSE("有共同原因，已处置"),
  ESCALATE("有共同原因，需上报"),
  COINCIDENCE("偶然集中");

  private final String label;

  ReviewFinding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
