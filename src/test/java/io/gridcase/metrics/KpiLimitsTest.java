package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What one request for figures may ask (gridcase.kpis.* as application.yaml sets them: 2000-01-01
 * to 2099-12-31, at most 731 days, at most 366 day or month groups): every limit is accepted at
 * its edge and the next day or group is refused with 400 naming the field, on JSON and CSV alike.
 * The two probes of issue 9 once ran out of stack and of heap; they must be refused at once.
 */
@GridcaseTest
class KpiLimitsTest {

  /** Not a timing: only keeps a regression from holding the build for minutes. */
  static final Duration GUARD = Duration.ofSeconds(30);
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate anonymous;
  @Autowired Kpis kpis;
  TestRestTemplate http;

  @BeforeEach
  void logInAsSupervisor() {
    http = Logins.as(anonymous, "ou.weixiong");
  }

  @Test
  void aPeriodFromTheYearMinus999999999IsRefusedNamingFrom() {
    ResponseEntity<String> answer = assertTimeoutPreemptively(GUARD,
        () -> http.getForEntity("/api/kpis?from=-999999999-01-01&to=2026-12-31", String.class));

    assertRefused(answer, "from", "不得早于 2000-01-01 / must not be before 2000-01-01");
  }

  @Test
  void twoHundredYearsByMonthAreRefusedNamingFrom() {
    ResponseEntity<String> answer = assertTimeoutPreemptively(GUARD,
        () -> http.getForEntity("/api/kpis?from=1900-01-01&to=2100-12-31&groupBy=month", String.class));

    assertRefused(answer, "from", "不得早于 2000-01-01 / must not be before 2000-01-01");
  }

  @Test
  void theCsvEndpointsKeepTheSameLimits() {
    assertRefused(assertTimeoutPreemptively(GUARD,
        () -> http.getForEntity("/api/kpis.csv?from=-999999999-01-01&to=2026-12-31", String.class)), "from", null);
    var headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, "text/csv");
    assertRefused(assertTimeoutPreemptively(GUARD,
        () -> http.exchange(URI.create("/api/kpis?from=2020-01-01&to=%2B999999999-12-31"), HttpMethod.GET,
            new HttpEntity<>(headers), String.class)),
        "to", "不得晚于 2099-12-31 / must not be after 2099-12-31");
    assertThat(http.getForEntity("/api/kpis.csv?from=2000-01-01&to=2001-12-31", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEarliestAndLatestDaysAreAcceptedAndTheDaysBeyondRefused() {
    assertOk("/api/kpis?from=2000-01-01&to=2000-01-31");
    assertRefused(http.getForEntity("/api/kpis?from=1999-12-31&to=2000-01-31", String.class), "from", null);
    assertOk("/api/kpis?from=2099-12-01&to=2099-12-31");
    assertRefused(http.getForEntity("/api/kpis?from=2099-12-01&to=2100-01-01", String.class), "to", null);
    assertRefused(http.getForEntity("/api/kpis?to=1999-12-31", String.class), "to", null);
  }

  @Test
  void aPeriodCoversAtMost731Days() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    assertOk("/api/kpis?from=%s&to=%s".formatted(from, from.plusDays(730)));
    assertRefused(http.getForEntity("/api/kpis?from={f}&to={t}", String.class, from, from.plusDays(731)), "to",
        "统计期最长 731 天（所选 732 天）/ a period covers at most 731 days (this one 732)");
  }

  @Test
  void toMayNotComeBeforeFrom() {
    assertOk("/api/kpis?from=2026-06-09&to=2026-06-09");
    assertRefused(http.getForEntity("/api/kpis?from=2026-06-10&to=2026-06-09", String.class), "to", null);
  }

  @Test
  void aYearByDayIsTheMostGroupsOneAnswerHas() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    JsonNode leapYear = body(http.getForEntity("/api/kpis?from={f}&to={t}&groupBy=day", String.class, from, from.plusDays(365)));
    assertThat(leapYear.get("from").asText()).isEqualTo("2024-01-01");
    assertRefused(http.getForEntity("/api/kpis?from={f}&to={t}&groupBy=day", String.class, from, from.plusDays(366)), "groupBy", null);
    // two years by month are 25 groups at most
    assertOk("/api/kpis?from=%s&to=%s&groupBy=month".formatted(from, from.plusDays(730)));
  }

  @Test
  void unknownGroupingsAndUnreadableDatesAreRefusedNamingTheirField() {
    assertRefused(http.getForEntity("/api/kpis?groupBy=county", String.class), "groupBy", null);
    assertRefused(http.getForEntity("/api/kpis?from=2026-13-01", String.class), "from", null);
    assertRefused(http.getForEntity("/api/kpis?to=yesterday", String.class), "to", null);
  }

  @Test
  void whenFromIsLeftOutThePeriodStartsNoEarlierThanTheFirstDay() {
    JsonNode report = body(http.getForEntity("/api/kpis?to=2000-01-10", String.class));
    assertThat(report.get("from").asText()).isEqualTo("2000-01-01");
  }

  @Test
  void theLimitsAreReadableForTheDashboard() {
    JsonNode limits = body(http.getForEntity("/api/kpis/limits", String.class));
    assertThat(limits.get("earliestDate").asText()).isEqualTo("2000-01-01");
    assertThat(limits.get("latestDate").asText()).isEqualTo("2099-12-31");
    assertThat(limits.get("maxDays").asInt()).isEqualTo(731);
    assertThat(limits.get("maxGroups").asInt()).isEqualTo(366);
    assertThat(limits.get("defaultDays").asInt()).isEqualTo(30);
    assertThat(Logins.as(anonymous, "chen.zhihua").getForEntity("/api/kpis/limits", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theServiceItselfKeepsTheLimitsForEveryCaller() {
    assertThatThrownBy(() -> kpis.report(LocalDate.MIN, LocalDate.of(2026, 12, 31), Kpis.GroupBy.NONE))
        .isInstanceOfSatisfying(KpiRequestException.class, e -> assertThat(e.field()).isEqualTo("from"));
  }

  private void assertOk(String uri) {
    ResponseEntity<String> answer = http.getForEntity(uri, String.class);
    assertThat(answer.getStatusCode()).as("%s: %s", uri, answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static void assertRefused(ResponseEntity<String> answer, String field, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode errors = body(answer).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    if (message != null) {
      assertThat(errors.get(0).get("message").asText()).isEqualTo(message);
    }
  }

  private static JsonNode body(ResponseEntity<String> answer) {
    try {
      return JSON.readTree(answer.getBody());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(answer.getBody(), e);
    }
  }
}
