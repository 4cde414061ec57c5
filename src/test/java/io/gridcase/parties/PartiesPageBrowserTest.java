package io.gridcase.parties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page's 当事人 section in headless Chromium ({@code src/test/browser/parties-page.mjs}):
 * the case's town center sees both parties' contact, a supervisor sees them masked, and a case
 * without respondent or mediation has no such section. Screenshots in {@code target/browser/parties/}.
 */
@GridcaseTest
@ExtendWith(Browser.Installed.class)
class PartiesPageBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/parties-page.mjs");
  static final Path SHOTS = Browser.PROJECT.resolve("target/browser/parties");

  @LocalServerPort int port;
  @Autowired CaseDriver cases;

  String dispute(CaseReport.RespondentContact respondent) {
    return cases.report(new CaseReport(Channel.HOTLINE_12345, null, "NEIGHBOUR_DISPUTE", "楼上漏水纠纷", "楼上卫生间漏水到楼下",
        new CaseReport.Location(Reports.GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact("王芳", "13800138000", null, false), null, null, null, null, respondent));
  }

  @Test
  void theTownCenterSeesBothPartiesAndASupervisorSeesThemMasked() throws Exception {
    String caseNumber = dispute(new CaseReport.RespondentContact("李四", "13912345678", "li.si@example.cn", "楼上 502 住户"));

    JsonNode center = open("zhao.min", caseNumber);
    assertThat(center.at("/shown").asBoolean()).as(center.at("/status").asText()).isTrue();
    assertThat(center.at("/heading").asText()).isEqualTo("当事人");
    assertThat(center.at("/parties").toString()).isEqualTo(
        "[[\"申请人\",\"王芳\",\"13800138000\",\"—\",\"—\"],[\"被申请人\",\"李四\",\"13912345678\",\"li.si@example.cn\",\"楼上 502 住户\"]]");

    JsonNode supervisor = open("ou.weixiong", caseNumber);
    assertThat(supervisor.at("/parties").toString()).isEqualTo(
        "[[\"申请人\",\"王*\",\"138****8000\",\"—\",\"—\"],[\"被申请人\",\"李*\",\"139****5678\",\"l***@example.cn\",\"—\"]]");
    assertThat(supervisor.at("/errors")).isEmpty();
    assertThat(SHOTS.resolve("parties-ou.weixiong.png")).exists();
  }

  @Test
  void aCaseWithoutRespondentOrMediationHasNoPartiesSection() throws Exception {
    String caseNumber = cases.report(Reports.hotline("路灯不亮", "丰乐路路灯不亮"));

    JsonNode page = open("luo.xiaoyan", caseNumber);

    assertThat(page.at("/shown").asBoolean()).isFalse();
    assertThat(page.at("/errors")).isEmpty();
  }

  private JsonNode open(String login, String caseNumber) throws Exception {
    return Browser.run(SCRIPT, SHOTS, login + "-" + caseNumber, Map.of("BASE_URL", "http://localhost:" + port,
        "CASE_NUMBER", caseNumber, "LOGIN", login, "SCREENSHOTS", SHOTS.toString())).json();
  }
}
