package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.closing.CaseCancellation;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of a known day: six SME cases (117 profile: sign for within 1 hour, plan within a
 * day, done within 7 days, three times over escalates; the market regulator co-handles), all reported on Tuesday 9 June 2026 at
 * 9:00, taken through the lifecycle the way Tasklist users would.
 *
 * <ul>
 *   <li>A: on time everywhere, satisfied, closed
 *   <li>B: signed for an hour late (the deadline passes first), unsatisfied and reopened, then
 *       handled again on time, satisfied, closed
 *   <li>C: rejected by the industry bureau, redispatched to urban management, still open
 *   <li>D: never signed for: three times over the 签收 deadline, flagged, open
 *   <li>E: withdrawn (cancelled)
 *   <li>F: signed and planned on time, then the 办结 deadline passes: open and due
 * </ul>
 */
@GridcaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiTest {

  static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 6, 9, 9, 0);
  static final LocalDate DAY = TUESDAY.toLocalDate();
  static final String INDUSTRY = "dept-INDUSTRY";
  static final String HANDLER = "zhen.zhuowen";

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired CaseDriver cases;
  @Autowired CaseCancellation cancellation;
  @Autowired Kpis kpis;
  @Autowired KpiReadModel readModel;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate anonymous;
  TestRestTemplate http;

  @BeforeEach
  void logInAsSupervisor() {
    http = Logins.as(anonymous, "ou.weixiong");
  }

  String a, b, c, d, e, f;

  /** Once for the class, inside the first test (process coverage records only within a test). */
  @BeforeEach
  void takeSixCasesThroughTheirDay() {
    if (a != null) {
      return;
    }
    a = report();
    EngineClock.advance(Duration.ofMinutes(10));
    handle(a);
    revisit(a, "SATISFIED");

    b = report();
    EngineClock.advance(Duration.ofHours(2));
    cases.runAllDueJobs(b); // the 签收 deadline passes unmet
    handle(b);
    revisit(b, "UNSATISFIED");
    handle(b);
    revisit(b, "SATISFIED");

    c = report();
    EngineClock.advance(Duration.ofMinutes(30));
    cases.complete(c, "UserTask_SignForOrder", INDUSTRY, HANDLER,
        Map.of("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY"));
    cases.complete(c, "UserTask_RedispatchOrder", Reports.TOWN_CENTER, "zhao.min", Map.of("newDepartment", "URBAN_MGMT"));

    d = report();
    EngineClock.advance(Duration.ofHours(3).plusMinutes(1));
    cases.runAllDueJobs(d);

    e = report();
    cancellation.cancel(e, "重复反映，已合并");

    f = report();
    EngineClock.advance(Duration.ofMinutes(10));
    cases.complete(f, "UserTask_SignForOrder", INDUSTRY, HANDLER, Map.of("orderDecision", "ACCEPT"));
    cases.complete(f, "UserTask_ProposePlan", INDUSTRY, HANDLER, Map.of("plan", "协调供电局"));
    EngineClock.advance(Duration.ofDays(7));
    cases.runAllDueJobs(f);
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theFiguresOfTheDayCountEveryDetour() {
    KpiReport.Group day = kpis.report(DAY, DAY, Kpis.GroupBy.NONE).total();

    assertThat(day.counts()).containsAllEntriesOf(Map.ofEntries(
        Map.entry("cases", 6L), Map.entry("cancelled", 1L), Map.entry("closed", 2L),
        Map.entry("dueOpen", 1L), Map.entry("overdueOpen", 2L), Map.entry("dispatched", 6L),
        Map.entry("acceptDue", 5L), Map.entry("acceptOnTime", 3L),
        Map.entry("planDue", 4L), Map.entry("planOnTime", 4L),
        Map.entry("doneDue", 4L), Map.entry("doneOnTime", 3L),
        Map.entry("revisited", 2L), Map.entry("satisfied", 2L),
        Map.entry("reopened", 1L), Map.entry("reopens", 1L),
        Map.entry("rejected", 1L), Map.entry("rejections", 1L), Map.entry("flaggedCases", 1L)));
    assertThat(value(day, "closureRate")).isEqualTo(2.0 / 3);
    assertThat(value(day, "responseRate")).isEqualTo(3.0 / 5);
    assertThat(value(day, "planOnTimeRate")).isEqualTo(1.0);
    assertThat(value(day, "doneOnTimeRate")).isEqualTo(3.0 / 4);
    assertThat(value(day, "satisfactionRate")).isEqualTo(1.0);
    assertThat(value(day, "reopenRate")).as("beside satisfaction").isEqualTo(0.5);
    assertThat(value(day, "rejectionRate")).isEqualTo(1.0 / 6);
    assertThat(value(day, "flaggedCases")).isEqualTo(1.0);
  }

  @Test
  void targetsComeFromTheDecisionTableAndTheSmePlatformHasItsOwn() {
    KpiReport.Group day = kpis.report(DAY, DAY, Kpis.GroupBy.NONE).total();
    assertThat(day.figures().get("closureRate").target()).isEqualTo(0.97);
    assertThat(day.figures().get("closureRate").met()).isFalse();
    assertThat(day.figures().get("responseRate").target()).isEqualTo(1.0);
    assertThat(day.figures().get("reopenRate").direction()).isEqualTo("AT_MOST");

    KpiReport byChannel = kpis.report(DAY, DAY, Kpis.GroupBy.CHANNEL);
    KpiReport.Group sme = byChannel.groups().stream().filter(g -> g.key().equals("SME_PLATFORM")).findFirst().orElseThrow();
    assertThat(sme.name()).isEqualTo("中小微企业诉求平台");
    assertThat(sme.figures().get("satisfactionRate").target()).isEqualTo(0.99);
    assertThat(sme.figures().get("satisfactionRate").met()).isTrue();
    assertThat(day.figures().get("satisfactionRate").target()).isEqualTo(0.95);
  }

  @Test
  void byDepartmentARejectionIsCreditedToTheDepartmentThatRejected() {
    KpiReport report = kpis.report(DAY, DAY, Kpis.GroupBy.DEPARTMENT);
    assertThat(report.groups()).extracting(KpiReport.Group::key)
        .as("every department given an order, the co-handling market regulator too")
        .containsExactly("INDUSTRY", "MARKET", "URBAN_MGMT");
    KpiReport.Group industry = report.groups().get(0);
    KpiReport.Group market = report.groups().get(1);
    KpiReport.Group urban = report.groups().get(2);
    assertThat(urban.name()).isEqualTo("城市管理和综合执法局");
    assertThat(industry.counts()).as("C was rejected by the industry bureau")
        .containsEntry("cases", 5L).containsEntry("flaggedCases", 1L)
        .containsEntry("dispatched", 6L).containsEntry("rejected", 1L).containsEntry("rejections", 1L);
    assertThat(value(industry, "rejectionRate")).isEqualTo(1.0 / 6);
    assertThat(urban.counts()).as("urban management leads C now and rejected nothing")
        .containsEntry("cases", 1L).containsEntry("dispatched", 1L).containsEntry("rejected", 0L).containsEntry("closed", 0L);
    assertThat(value(urban, "rejectionRate")).isEqualTo(0.0);
    assertThat(market.counts()).containsEntry("cases", 0L).containsEntry("dispatched", 6L).containsEntry("rejected", 0L);
    assertThat(report.total().counts()).as("the city counts the case once").containsEntry("rejected", 1L).containsEntry("dispatched", 6L);
  }

  @Test
  void theRollupKeptStepByStepEqualsOneRebuiltFromTheCases() {
    Map<String, Object> before = Map.of(
        "department", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.DEPARTMENT).groups(),
        "town", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.TOWN).groups(),
        "grid", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.GRID).groups(),
        "category", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.CATEGORY).groups(),
        "day", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.DAY).groups());
    transactions.executeWithoutResult(status -> readModel.rebuild());
    Map<String, Object> after = Map.of(
        "department", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.DEPARTMENT).groups(),
        "town", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.TOWN).groups(),
        "grid", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.GRID).groups(),
        "category", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.CATEGORY).groups(),
        "day", kpis.report(DAY.minusDays(180), DAY.plusDays(180), Kpis.GroupBy.DAY).groups());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void monthsAndEdgeDaysAddUpToTheDays() {
    // edges read as days (20-31 May, 1-10 Jul), and as a month minus days (3-29 Jun = June - 1, 2, 30 Jun)
    assertSumOfDays(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 10));
    assertSumOfDays(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 29));
    // whole months between the edge months in one read of month rows, across a year's end
    assertSumOfDays(LocalDate.of(2025, 7, 20), LocalDate.of(2026, 7, 10));
    assertSumOfDays(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
    assertSumOfDays(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 9));
    assertSumOfDays(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 9));
    assertThat(kpis.report(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 29), Kpis.GroupBy.NONE).total().counts())
        .containsEntry("cases", 6L);
  }

  private void assertSumOfDays(LocalDate from, LocalDate to) {
    assertThat(kpis.report(from, to, Kpis.GroupBy.NONE).total().counts())
        .isEqualTo(kpis.report(from, to, Kpis.GroupBy.DAY).groups().stream()
            .map(KpiReport.Group::counts)
            .reduce((x, y) -> {
              var sum = new java.util.LinkedHashMap<String, Long>(x);
              y.forEach((k, v) -> sum.merge(k, v, Long::sum));
              return sum;
            }).orElseThrow());
  }

  @Test
  void theApiAnswersJsonAndCsvAndTheOverdueCasesLinkToCockpit() {
    JsonNode json = http.getForObject("/api/kpis?from={d}&to={d}&groupBy=department", JsonNode.class, DAY, DAY);
    assertThat(json.at("/total/counts/cases").asLong()).isEqualTo(6);
    assertThat(json.at("/total/figures/closureRate/value").asDouble()).isEqualTo(2.0 / 3);
    assertThat(json.at("/groups/0/key").asText()).isEqualTo("INDUSTRY");

    var headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/csv");
    var csv = http.exchange("/api/kpis?from={d}&to={d}&groupBy=channel", HttpMethod.GET, new HttpEntity<>(headers),
        String.class, DAY, DAY);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody().lines().toList()).hasSize(3);
    assertThat(csv.getBody().lines().skip(2).findFirst().orElseThrow()).startsWith("SME_PLATFORM,中小微企业诉求平台,0.6666");
    assertThat(http.getForEntity("/api/kpis.csv?from={d}&to={d}", String.class, DAY, DAY).getBody().lines().findFirst().orElseThrow())
        .as("CSV headers in Chinese").startsWith("\uFEFF编码,名称,办结率,办结率目标,响应率").contains("超时三倍").doesNotContain("closureRate");

    assertThat(http.getForEntity("/api/kpis?groupBy=county", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/kpis?from=2026-06-10&to=2026-06-09", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    JsonNode overdue = http.getForObject("/api/kpis/overdue-cases?town=JM-PJ-HUANSHI&limit=1000", JsonNode.class);
    JsonNode flagged = null;
    for (JsonNode row : overdue) {
      if (row.at("/overdue/caseNumber").asText().equals(d)) {
        flagged = row;
      }
    }
    assertThat(flagged).as("case D among the overdue cases").isNotNull();
    assertThat(flagged.at("/overdue/flagged").asBoolean()).isTrue();
    assertThat(flagged.at("/overdue/overdueStages/0").asText()).isEqualTo("ACCEPT");
    assertThat(flagged.at("/cockpitUrl").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");

    JsonNode towns = http.getForObject("/api/kpis/overdue-towns", JsonNode.class);
    assertThat(towns.size()).as("every town of the demo directory").isEqualTo(6);
    assertThat(towns.findValues("townCode")).extracting(JsonNode::asText).contains("JM-PJ-HUANSHI");
  }

  @Test
  void aFigureDrillsDownToTheCasesBehindIt() {
    JsonNode closure = drill("figure=closureRate");
    assertThat(closure.get("figureLabel").asText()).isEqualTo("办结率");
    assertThat(closure.get("total").asLong()).as("A and B closed, F past its 办结 deadline").isEqualTo(3);
    JsonNode missed = drill("figure=closureRate&counted=false");
    assertThat(numbers(missed)).containsExactly(f);
    JsonNode row = missed.at("/cases/0");
    assertThat(row.get("caseUrl").asText()).isEqualTo("/case/" + f);
    assertThat(row.get("departmentName").asText()).isEqualTo("工业和信息化局");
    assertThat(row.get("townName").asText()).isEqualTo("环市街道");
    assertThat(row.get("channelLabel").asText()).isEqualTo("中小微企业诉求平台");
    assertThat(row.get("statusLabel").asText()).isEqualTo("办理中");
    assertThat(row.get("counted").asBoolean()).isFalse();

    assertThat(numbers(drill("figure=flaggedCases"))).containsExactly(d);
    assertThat(numbers(drill("figure=rejectionRate&department=INDUSTRY&counted=true")))
        .as("the department that rejected").containsExactly(c);
    assertThat(drill("figure=rejectionRate&department=URBAN_MGMT&counted=true").get("total").asLong())
        .as("the final lead rejected nothing").isZero();
    assertThat(numbers(drill("figure=rejectionRate&department=URBAN_MGMT"))).containsExactly(c);
    assertThat(numbers(drill("figure=closureRate&department=URBAN_MGMT"))).as("C is open and not yet due").isEmpty();
    assertThat(numbers(drill("figure=cases&department=URBAN_MGMT"))).containsExactly(c);
    assertThat(numbers(drill("figure=cancelled"))).containsExactly(e);

    JsonNode firstPage = drill("figure=cases&size=4");
    JsonNode secondPage = drill("figure=cases&size=4&page=1");
    assertThat(firstPage.get("total").asLong()).isEqualTo(6);
    assertThat(firstPage.get("cases").size()).isEqualTo(4);
    assertThat(secondPage.get("cases").size()).isEqualTo(2);
    assertThat(numbers(firstPage)).doesNotContainAnyElementsOf(numbers(secondPage));
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource({
      "figure=nothing,                   figure",
      "'',                               figure",
      "figure=cases&size=0,              size",
      "figure=cases&size=101,            size",
      "figure=cases&page=-1,             page",
      "figure=cases&department=HR%3BSS,  department",
      "figure=cases&channel=FAX,         channel",
      "figure=cases&counted=maybe,       counted",
      "figure=cases&from=2026-06-10&to=2026-06-09, to",
      "figure=cases&from=1999-12-31,     from",
  })
  void aBadDrillDownIsRefusedNamingTheField(String query, String field) {
    var answer = http.getForEntity("/api/kpis/cases?" + query, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().findValuesAsText("field")).contains(field);
  }

  private JsonNode drill(String query) {
    var answer = http.getForEntity("/api/kpis/cases?from={d}&to={d}&" + query, JsonNode.class, DAY, DAY);
    assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static java.util.List<String> numbers(JsonNode page) {
    return page.get("cases").findValuesAsText("caseNumber");
  }

  @Test
  void theFiguresAreForSupervisorsOnly() {
    assertThat(anonymous.getForEntity("/api/kpis", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Logins.as(anonymous, "integrator-12345").getForEntity("/api/kpis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Logins.as(anonymous, "chen.zhihua").getForEntity("/api/kpis/overdue-cases", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Logins.as(anonymous, "chen.zhihua").getForEntity("/api/kpis/cases?figure=cases", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theHeadlineFiguresAreGaugesOnThePrometheusEndpoint() {
    String scrape = http.getForObject("/actuator/prometheus", String.class);
    assertThat(scrape).contains("gridcase_kpi_closure_rate{window=\"30d\"}", "gridcase_kpi_response_rate",
        "gridcase_kpi_satisfaction_rate", "gridcase_kpi_reopen_rate", "gridcase_kpi_flagged_cases");
  }

  private double value(KpiReport.Group group, String figure) {
    return group.figures().get(figure).value();
  }

  private String report() {
    EngineClock.setTo(TUESDAY);
    return cases.report(Reports.sme("企业诉求：" + System.nanoTime(), "企业反映审批事项办理慢"));
  }

  /** The industry bureau leads, the market regulator co-handles (every SME complaint). */
  private void handle(String caseNumber) {
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-MARKET", "huang.xiaoling", Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ReportContribution", "dept-MARKET", "huang.xiaoling", Map.of("contribution", "已配合核查"));
    cases.complete(caseNumber, "UserTask_SignForOrder", INDUSTRY, HANDLER, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", INDUSTRY, HANDLER, Map.of("plan", "现场核实"));
    cases.complete(caseNumber, "UserTask_ReportResult", INDUSTRY, HANDLER,
        Map.of("outcome", "RESOLVED", "resultSummary", "已协调解决"));
    cases.runDueJobs(caseNumber);
  }

  private void revisit(String caseNumber, String satisfaction) {
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting",
        Map.of("satisfaction", satisfaction, "revisitNote", "电话回访"));
  }
}
