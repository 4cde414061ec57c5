package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.intake.Channel;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisors' dashboard in a real browser: Debian's Chromium, headless, driven by
 * playwright-core ({@code src/test/browser/dashboard.mjs}, run by Node) against this test's
 * server. Three cases of Tuesday 4 August 2026: one settled on the spot and closed satisfied, one
 * SME complaint signed for on time, one never signed for and three times over its deadline. The
 * tiles must show 办结率 100.0%, 响应率 50.0%, 满意率 100.0%, 超时三倍 1. Screenshot:
 * {@code target/browser/dashboard.png}. The page keeps to {@code /api/kpis/limits}: a period the
 * API would refuse is never sent, and the page says why in Chinese, also when the API refuses anyway.
 *
 * <p>Needs {@code chromium} (Debian: {@code apt-get install -y chromium}; another path in
 * {@code GRIDCASE_CHROMIUM}), Node.js and {@code npm ci} (for playwright-core). Without them the
 * test fails and says so. {@code .ci/run} runs {@code npm ci}.
 */
@GridcaseTest
@ExtendWith({Browser.Installed.class, EngineClock.Reset.class})
class DashboardBrowserTest {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path SCRIPT = PROJECT.resolve("src/test/browser/dashboard.mjs");
  static final Path SCREENSHOT = PROJECT.resolve("target/browser/dashboard.png");
  static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 8, 4, 9, 0);

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @LocalServerPort int port;
  @Autowired CaseDriver cases;

  @Test
  void theTilesShowTheFiguresOfTheDayAgainstTheirTargets() throws Exception {
    EngineClock.setTo(TUESDAY);
    String settled = cases.report(Reports.report(Channel.GRID_REPORT, null, "邻里噪音纠纷", "楼上邻居深夜装修，双方发生争吵", null));
    cases.complete(settled, "UserTask_ResolveOnTheSpot", Reports.TOWN_CENTER, Reports.GRID_WORKER,
        Map.of("resolvedOnTheSpot", true, "outcome", "RESOLVED", "resultSummary", "网格员上门调解"));
    cases.runDueJobs(settled);
    cases.fireTimer(settled, "TimerEvent_RevisitDue");
    cases.complete(settled, "UserTask_RevisitReporter", "revisit", "ye.wanting", Map.of("satisfaction", "SATISFIED"));

    String signed = cases.report(Reports.sme("企业诉求：用电报装", "新厂房用电报装迟迟未办"));
    EngineClock.advance(Duration.ofMinutes(20));
    cases.complete(signed, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));

    EngineClock.setTo(TUESDAY);
    String ignored = cases.report(Reports.sme("企业诉求：欠款", "国企拖欠中小企业货款"));
    EngineClock.advance(Duration.ofHours(3).plusMinutes(1));
    cases.runAllDueJobs(ignored);

    JsonNode page = browse("2026-08-04", "2026-08-04");

    assertThat(page.at("/errors").size()).as("script errors on the page: %s", page.at("/errors")).isZero();
    assertThat(page.at("/csp").isArray()).as("the page reports what its policy blocked").isTrue();
    assertThat(page.at("/csp").size()).as("blocked by the Content-Security-Policy: %s", page.at("/csp")).isZero();
    assertThat(text(page, "closureRate")).isEqualTo("100.0%");
    assertThat(text(page, "responseRate")).isEqualTo("50.0%");
    assertThat(page.at("/tiles/responseRate/met").asBoolean()).as("response below its 100% target").isFalse();
    assertThat(page.at("/tiles/responseRate/target").asText()).isEqualTo("目标 ≥ 100.0%");
    assertThat(text(page, "satisfactionRate")).isEqualTo("100.0%");
    assertThat(page.at("/tiles/timelyAcceptanceRate/label").asText()).isEqualTo("及时受理率");
    assertThat(text(page, "timelyAcceptanceRate")).as("tasks taken in by their due date").isEqualTo("50.0%");
    assertThat(page.at("/tiles/timelyAcceptanceRate/target").asText()).as("from kpi-targets.dmn").isEqualTo("目标 ≥ 95.0%");
    assertThat(page.at("/tiles/timelyAcceptanceRate/met").asBoolean()).isFalse();
    assertThat(page.at("/tiles/timelyAcceptanceRate/drillable").asBoolean()).as("tasks, not cases: no list behind it").isFalse();
    assertThat(text(page, "reopenRate")).isEqualTo("0.0%");
    assertThat(text(page, "flaggedCases")).isEqualTo("1");
    assertThat(page.at("/tiles/closureRate/label").asText()).isEqualTo("办结率");
    assertThat(text(page, "cases")).isEqualTo("3 / 1 / 1");
    assertThat(page.at("/canvases").asInt()).as("trend, departments and towns drawn").isEqualTo(3);
    assertThat(page.at("/overdue").findValuesAsText("caseNumber")).contains(ignored);
    assertThat(SCREENSHOT).exists();

    // the pickers keep to what /api/kpis accepts: at most 731 days either way, within 2000..2099
    assertThat(page.at("/pickers/from/min").asText()).isEqualTo(LocalDate.of(2026, 8, 4).minusDays(730).toString());
    assertThat(page.at("/pickers/from/max").asText()).isEqualTo("2026-08-04");
    assertThat(page.at("/pickers/to/min").asText()).isEqualTo("2026-08-04");
    assertThat(page.at("/pickers/to/max").asText()).isEqualTo(LocalDate.of(2026, 8, 4).plusDays(730).toString());
    assertThat(page.at("/kpiRequests").findValuesAsText("url")).anyMatch(url -> url.contains("groupBy=day"));
    assertThat(page.at("/kpiRequests").findValues("status")).extracting(JsonNode::asInt).containsOnly(200);
  }

  @Test
  void aPeriodTheApiWouldRefuseIsNeverSentAndThePageSaysWhyInChinese() throws Exception {
    JsonNode tooEarly = browse("1999-12-31", "2000-01-30", Map.of("EXPECT_ERROR", "true"));
    assertThat(tooEarly.at("/refused").asBoolean()).isTrue();
    assertThat(tooEarly.at("/status").asText()).isEqualTo("日期不得早于 2000-01-01");
    assertThat(tooEarly.at("/kpiRequests")).as("nothing asked of /api/kpis").isEmpty();
    assertThat(tooEarly.at("/pickers/from/min").asText()).isEqualTo("2000-01-01");

    JsonNode tooLong = browse("2024-08-03", "2026-08-04", Map.of("EXPECT_ERROR", "true"));
    assertThat(tooLong.at("/status").asText()).isEqualTo("统计期最长 731 天，所选为 732 天，请缩短");
    assertThat(tooLong.at("/kpiRequests")).isEmpty();

    JsonNode reversed = browse("2026-08-05", "2026-08-04", Map.of("EXPECT_ERROR", "true"));
    assertThat(reversed.at("/status").asText()).isEqualTo("开始日期不得晚于结束日期");
    assertThat(reversed.at("/kpiRequests")).isEmpty();
  }

  @Test
  void aLongPeriodIsDrawnByMonthSoTheTrendStaysWithinTheGroupLimit() throws Exception {
    JsonNode page = browse("2025-01-01", "2026-08-04");

    assertThat(page.at("/trendCaption").asText()).isEqualTo("趋势（按月）");
    assertThat(page.at("/kpiRequests").findValuesAsText("url"))
        .anyMatch(url -> url.contains("groupBy=month")).noneMatch(url -> url.contains("groupBy=day"));
    assertThat(page.at("/kpiRequests").findValues("status")).extracting(JsonNode::asInt).containsOnly(200);
  }

  @Test
  void whenTheApiRefusesAPeriodAnywayThePageSaysWhyInChinese() throws Exception {
    // limits looser than the server's, as a page left open across a change of gridcase.kpis would have
    String looser = "{\"earliestDate\": \"1900-01-01\", \"latestDate\": \"2099-12-31\", \"maxDays\": 100000,"
        + " \"maxGroups\": 100000, \"defaultDays\": 30}";
    JsonNode page = browse("1900-01-01", "1900-01-31", Map.of("EXPECT_ERROR", "true", "LIMITS", looser));

    assertThat(page.at("/refused").asBoolean()).isTrue();
    assertThat(page.at("/status").asText()).isEqualTo("查询条件有误，请调整后再查询：开始日期 不得早于 2000-01-01");
    assertThat(page.at("/kpiRequests").findValues("status")).extracting(JsonNode::asInt).isNotEmpty().containsOnly(400);
  }

  private static String text(JsonNode page, String kpi) {
    return page.at("/tiles/" + kpi + "/value").asText();
  }

  private JsonNode browse(String from, String to) throws Exception {
    return browse(from, to, Map.of());
  }

  private JsonNode browse(String from, String to, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(
        Map.of("BASE_URL", "http://localhost:" + port, "FROM", from, "TO", to, "SCREENSHOT", SCREENSHOT.toString()));
    env.putAll(more);
    return Browser.run(SCRIPT, SCREENSHOT.getParent(), "dashboard", env).json();
  }
}
