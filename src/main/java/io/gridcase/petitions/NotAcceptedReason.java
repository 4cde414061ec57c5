package io.gridcase.petitions;

/** Why a petition is not accepted (不予受理), as the written notice names it. */
public enum NotAcceptedReason {
  LEGAL_CHANNEL("应当通过诉讼、仲裁、行政复议等法定途径解决"),
  NOT_OUR_AUTHORITY("不属于本机关职权范围"),
  ALREADY_HANDLED("已经受理或者正在办理"),
  NOT_A_PETITION("不属于信访事项"),
  OTHER("其他原因");

  private final String label;

  NotAcceptedReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
