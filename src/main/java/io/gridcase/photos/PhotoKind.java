package io.gridcase.photos;

/** Why a photo belongs to a case: the reporter's view of the problem, or the handler's of the result. */
public enum PhotoKind {
  /** 现场照片: sent with the report. */
  REPORT("现场照片"),
  /** 处理结果照片: attached by a department handling the case. */
  RESULT("处理结果照片");

  private final String label;

  PhotoKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
