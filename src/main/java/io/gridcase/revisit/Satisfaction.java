package io.gridcase.revisit;

/** What the reporter says on the revisit call (回访). */
public enum Satisfaction {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  UNSATISFIED("不满意");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Satisfaction parse(String value) {
    try {
      return valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("satisfaction must be SATISFIED, BASICALLY_SATISFIED or UNSATISFIED");
    }
  }
}
