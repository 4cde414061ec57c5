package io.gridcase.support;

import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;

/** Reports as the channels send them, for tests. Grids and people are the demo directory's. */
public final class Reports {

  /** 丰乐社区第一网格 in 环市街道; grid worker chen.jianguo, center group center-JM-PJ-HUANSHI. */
  public static final String GRID = "JM-PJ-HUANSHI-01-01";
  public static final String GRID_WORKER = "chen.jianguo";
  public static final String TOWN_CENTER = "center-JM-PJ-HUANSHI";
  public static final String REPORTER_EMAIL = "wang.fang@example.cn";

  private Reports() {}

  public static CaseReport hotline(String title, String description) {
    return report(Channel.HOTLINE_12345, null, title, description, REPORTER_EMAIL);
  }

  /** An SME complaint (中小微企业诉求) from the SME platform: the "117" profile. */
  public static CaseReport sme(String title, String description) {
    return new CaseReport(
        Channel.SME_PLATFORM,
        null,
        null,
        title,
        description,
        new CaseReport.Location(GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact("陈老板", "13700137000", "boss@example.cn", false),
        new CaseReport.EnterpriseInfo("江门市某五金制品有限公司", "91440703MA4UJ5XX1K"),
        null,
        null);
  }

  public static CaseReport report(
      Channel channel, String category, String title, String description, String email) {
    return new CaseReport(
        channel,
        null,
        category,
        title,
        description,
        new CaseReport.Location(GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact("王芳", "13800138000", email, false),
        null,
        null,
        null);
  }
}
