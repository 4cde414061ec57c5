package io.gridcase.sla;

/** The deadline stages of a case; the deadline-profile decision gives each its limit. */
public enum Stage {
  ACCEPT("签收回复"),
  PLAN("提出方案"),
  DONE("办结");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
