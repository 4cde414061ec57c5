package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 及时受理率: sign-for and center tasks completed by their due date, over those completed or past
 * due, in /api/kpis and its CSV. Two SME cases (117: sign for within the hour, the market
 * regulator co-handles) on a day no other test uses: A's two sign-fors on time; B's lead signs
 * late and its co-handler has not signed when the figures are read.
 */
@GridcaseTest
class TimelyAcceptanceTest {

  static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 3, 10, 9, 0);

  @Autowired CaseDriver cases;
  @Autowired TestRestTemplate anonymous;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theShareOfTasksTakenInByTheirDueDate() {
    EngineClock.setTo(TUESDAY);
    String a = cases.report(Reports.sme("企业诉求：供电", "园区停电频繁"));
    EngineClock.advance(Duration.ofMinutes(10));
    cases.complete(a, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    cases.complete(a, "UserTask_SignForOrder", "dept-MARKET", "huang.xiaoling", Map.of("orderDecision", "ACCEPT"));
    cases.complete(a, "UserTask_ProposePlan", "dept-INDUSTRY", "zhen.zhuowen", Map.of("plan", "协调供电局"));

    String b = cases.report(Reports.sme("企业诉求：供气", "园区燃气压力不足"));
    EngineClock.advance(Duration.ofHours(2));
    cases.complete(b, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));

    TestRestTemplate supervisor = Logins.as(anonymous, "ou.weixiong");
    JsonNode report = supervisor.getForObject("/api/kpis?from=2026-03-10&to=2026-03-10&groupBy=department", JsonNode.class);
    JsonNode city = report.get("total").get("figures").get(TimelyAcceptance.KEY);
    assertThat(city.get("label").asText()).isEqualTo("及时受理率");
    assertThat(city.get("numerator").asLong()).as("A's two sign-fors").isEqualTo(2);
    assertThat(city.get("denominator").asLong()).as("and B's late one and its unsigned co-handler").isEqualTo(4);
    assertThat(city.get("value").asDouble()).isEqualTo(0.5);
    assertThat(city.get("target").asDouble()).as("from kpi-targets.dmn").isEqualTo(0.95);
    assertThat(city.get("direction").asText()).isEqualTo("AT_LEAST");
    assertThat(city.get("met").asBoolean()).as("half is short of 95 %").isFalse();
    assertThat(report.get("groups")).anySatisfy(group -> {
      assertThat(group.get("key").asText()).isEqualTo("INDUSTRY");
      assertThat(group.get("figures").get(TimelyAcceptance.KEY).get("value").asDouble()).isEqualTo(0.5);
    });

    var headers = new HttpHeaders();
    headers.setAccept(List.of(new org.springframework.http.MediaType("text", "csv")));
    ResponseEntity<String> csv = supervisor.exchange("/api/kpis?from=2026-03-10&to=2026-03-10", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    String[] lines = csv.getBody().split("\r\n");
    int column = Arrays.asList(lines[0].split(",")).indexOf(TimelyAcceptance.LABEL); // CSV headers are Chinese
    assertThat(column).isPositive();
    assertThat(lines[1].split(",")[column]).isEqualTo("0.5");
    assertThat(lines[0].split(",")[column + 1]).isEqualTo(TimelyAcceptance.LABEL + "目标");
    assertThat(lines[1].split(",")[column + 1]).isEqualTo("0.95");
  }
}
