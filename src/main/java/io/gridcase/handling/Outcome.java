package io.gridcase.handling;

/** How a case ended up, kept apart from its status and from the reporter's satisfaction. */
public enum Outcome {
  RESOLVED("已解决"),
  PARTLY_RESOLVED("部分解决"),
  NOT_RESOLVED("未解决"),
  NOT_OUR_DUTY("非本部门职责"),
  DUPLICATE("重复件");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Outcome parse(String value) {
    try {
      return valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("outcome must be one of RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED, NOT_OUR_DUTY, DUPLICATE");
    }
  }
}
