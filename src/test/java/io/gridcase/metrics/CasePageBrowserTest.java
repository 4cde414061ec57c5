package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor's journey in headless Chromium ({@code src/test/browser/case-page.mjs}): the
 * dashboard, a click on a figure, the cases behind it, the case page with its address, deadlines
 * and their red or amber state; and a department handler, who gets a clear Chinese refusal on
 * both pages. Two SME complaints ("117": sign for within 1 hour) of Tuesday 11 August 2026:
 * one never signed for, three times over (red, flagged), one 50 minutes in (amber, the last quarter
 * of its hour). Cockpit's view of the instance links back to the case page. Screenshots in
 * {@code target/browser/case-journey/}.
 */
@GridcaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Browser.Installed.class)
class CasePageBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/case-page.mjs");
  static final Path SHOTS = Browser.PROJECT.resolve("target/browser/case-journey");
  static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 8, 11, 9, 0);
  static final String DAY = "2026-08-11";

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @LocalServerPort int port;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;

  String ignored;
  String nearlyDue;

  @BeforeEach
  void twoCasesOfTheDay() {
    if (ignored != null) {
      return;
    }
    EngineClock.setTo(TUESDAY);
    ignored = cases.report(Reports.sme("企业诉求：货款拖欠", "国企拖欠中小企业货款"));
    EngineClock.advance(Duration.ofHours(3).plusMinutes(1));
    cases.runAllDueJobs(ignored);
    nearlyDue = cases.report(Reports.sme("企业诉求：用电报装", "新厂房用电报装迟迟未办"));
    EngineClock.advance(Duration.ofMinutes(50));
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theSupervisorGoesFromAFigureToTheCaseAndSeesItsDeadlineInRed() throws Exception {
    String instance = records.get(ignored).processInstanceId();
    JsonNode journey = walk("ou.weixiong", "flaggedCases", ignored, Map.of("PROCESS_INSTANCE", instance));

    assertThat(journey.at("/errors").size()).as("script errors: %s", journey.at("/errors")).isZero();
    assertThat(journey.at("/drill/title").asText()).isEqualTo("超时三倍案件");
    assertThat(journey.at("/drill/rows").findValuesAsText("caseNumber")).containsExactly(ignored);
    assertThat(journey.at("/drill/rows/0/href").asText()).isEqualTo("/case/" + ignored);
    assertThat(journey.at("/drill/rows/0/cells").toString()).contains("环市街道", "工业和信息化局", "中小微企业诉求平台");
    assertThat(journey.at("/missed")).as("a count has no case that misses it").isEmpty();

    JsonNode page = journey.at("/casePage");
    assertThat(page.at("/url").asText()).isEqualTo("/case/" + ignored);
    assertThat(page.at("/refused").asBoolean()).as(page.at("/status").asText()).isFalse();
    assertThat(page.at("/caseNumber").asText()).isEqualTo(ignored);
    assertThat(page.at("/facts/事发地址").asText()).isEqualTo("蓬江区丰乐路 88 号");
    assertThat(page.at("/facts/所属网格").asText()).isEqualTo("丰乐社区第一网格");
    assertThat(page.at("/facts/主办部门").asText()).isEqualTo("工业和信息化局");
    assertThat(page.at("/facts/联系电话").asText()).as("masked for supervisors").isEqualTo("137****7000");
    assertThat(page.at("/facts/超时三倍").asText()).startsWith("是");
    JsonNode accept = page.at("/deadlines/0");
    assertThat(accept.at("/stage").asText()).startsWith("签收回复");
    assertThat(accept.at("/due").asText()).contains("2026/8/11", "10:00");
    assertThat(accept.at("/colour").asText()).isEqualTo("red");
    assertThat(accept.at("/state").asText()).startsWith("已超期");
    assertThat(accept.at("/countdown").asText()).isIn("超期 2小时51分钟", "超期 2小时52分钟");
    JsonNode feedback = page.at("/deadlines/3");
    assertThat(feedback.at("/stage").asText()).as("the reporter's feedback deadline (ADR 31)").startsWith("反馈");
    assertThat(feedback.at("/due").asText()).contains("2026/8/18", "09:00");
    assertThat(page.at("/departments").toString()).contains("工业和信息化局", "主办", "待签收", "市场监督管理局", "协办");
    assertThat(page.at("/timeline").toString()).contains("受理", "派单", "超时").doesNotContain("lead=", "INDUSTRY");
    assertThat(page.at("/bodyText").asText()).doesNotContain("SME_PLATFORM", "HANDLING", "TRIAGE", "SME_117", "center-", "due ", "+08:00", "\"caseNumber\"");
    assertThat(page.at("/csp")).as("blocked by the page's policy").isEmpty();
    assertThat(journey.at("/cockpit/href").asText()).as("Cockpit links the instance to its case page").isEqualTo("/case/" + ignored);
    assertThat(journey.at("/cockpit/text").asText()).isEqualTo("案件详情 " + ignored);
    assertThat(journey.at("/cockpit/action").asText()).as("the button beside Cockpit's actions").isEqualTo("/case/" + ignored);
    assertThat(journey.at("/cockpit/diagram").toString()).as("task names in Cockpit's diagram, as people read them")
        .contains("回访报告人", "人工派单").doesNotContain("${", "caseNumber");
    assertThat(SHOTS.resolve("case-page-flaggedCases.png")).exists();
    assertThat(SHOTS.resolve("dashboard-drill-down-flaggedCases.png")).exists();
  }

  @Test
  void aDeadlineInItsLastQuarterIsAmberWithItsCountdown() throws Exception {
    JsonNode journey = walk("ou.weixiong", "cases", nearlyDue, Map.of());

    assertThat(journey.at("/drill/rows").findValuesAsText("caseNumber")).contains(ignored, nearlyDue);
    JsonNode page = journey.at("/casePage");
    assertThat(page.at("/caseNumber").asText()).isEqualTo(nearlyDue);
    JsonNode accept = page.at("/deadlines/0");
    assertThat(accept.at("/colour").asText()).isEqualTo("amber");
    assertThat(accept.at("/state").asText()).isEqualTo("即将到期");
    assertThat(accept.at("/countdown").asText()).isIn("剩余 10分钟", "剩余 9分钟");
    JsonNode done = null;
    for (JsonNode deadline : page.at("/deadlines")) {
      if (deadline.at("/stage").asText().startsWith("办结")) {
        done = deadline;
      }
    }
    assertThat(done).as("the 办结 deadline is shown").isNotNull();
    assertThat(done.at("/colour").asText()).as("办结 in 7 days").isEqualTo("green");
    assertThat(done.at("/countdown").asText()).startsWith("剩余 6天");
  }

  @Test
  void aHandlerIsToldInChineseThatTheDashboardAndAForeignCaseAreNotHers() throws Exception {
    JsonNode refused = walk("chen.zhihua", "cases", ignored, Map.of("EXPECT_REFUSAL", "true"));

    assertThat(refused.at("/dashboard").asText()).startsWith("无权查看督办看板").doesNotContain("请先登录");
    assertThat(refused.at("/casePage/refused").asBoolean()).isTrue();
    assertThat(refused.at("/casePage/status").asText()).startsWith("无权查看案件 " + ignored);
    assertThat(refused.at("/casePage/bodyText").asText()).doesNotContain("蓬江区丰乐路", "陈老板");
    assertThat(SHOTS.resolve("case-page-refused.png")).exists();
  }

  private JsonNode walk(String login, String figure, String caseNumber, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "FROM", DAY, "TO", DAY,
        "FIGURE", figure, "CASE_NUMBER", caseNumber, "LOGIN", login, "SCREENSHOTS", SHOTS.toString()));
    env.putAll(more);
    return Browser.run(SCRIPT, SHOTS, login + "-" + figure, env).json();
  }
}
