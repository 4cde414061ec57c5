package io.gridcase.intake;

/** Where a case comes from. */
public enum Channel {
  HOTLINE_12345("12345热线"),
  POLICE_110_NONEMERGENCY("110非警务警情"),
  PETITION("信访"),
  GRID_REPORT("网格上报"),
  SME_PLATFORM("中小微企业诉求平台"),
  IOT_ALERT("物联感知预警"),
  ONLINE_DISPUTE("码上解纷"),
  WALK_IN("信访超市窗口");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
