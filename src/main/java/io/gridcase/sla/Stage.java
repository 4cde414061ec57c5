package io.gridcase.sla;

/**
 * The deadline stages of a case; the deadline-profile decision gives the department's stages their
 * limits, feedback-deadline the reporter's feedback (反馈, ADR 31).
 */
public enum Stage {
  ACCEPT("签收回复", "sign for and reply"),
  PLAN("提出方案", "propose a plan"),
  DONE("办结", "resolve"),
  FEEDBACK("反馈", "tell the reporter");

  private final String label;
  private final String english;

  Stage(String label, String english) {
    this.label = label;
    this.english = english;
  }

  /** A stage the departments work to (签收回复, 提出方案, 办结), not the reporter's feedback. */
  public boolean isDepartments() {
    return this != FEEDBACK;
  }

  public String label() {
    return label;
  }

  /** The Chinese label with the English beside it, as mails show it. */
  public String bilingualLabel() {
    return label + " " + english;
  }
}
