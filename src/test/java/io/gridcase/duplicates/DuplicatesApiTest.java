package io.gridcase.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.casefile.CaseChanged;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code possibleDuplicates} in the answer to {@code POST /api/cases}, over HTTP (ADR 19): open cases of
 * the same category within the radius and window of decisions/duplicate-window.dmn (高空抛物: 50 m, 7 days),
 * as far as the caller may read them; and a sensor's repeated alerts added to its open case.
 * Each test reports at points of its own in 丰乐社区第一网格, over 150 m from each other and from the
 * grid's centre, where the other tests report.
 */
@GridcaseTest
class DuplicatesApiTest {

  static final String THROWING = "HIGH_ALTITUDE_THROWING";
  /** About 20 m, 80 m and 36 m northwards at 22.6° N. */
  static final double M20 = 0.00018;
  static final double M80 = 0.00072;
  static final double M36 = 0.00032;

  @Autowired TestRestTemplate anonymous;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  ResponseEntity<JsonNode> report(String user, String channel, String category, double lat, double lng) {
    return report(user, """
        {"channel": "%s", "category": "%s", "title": "高空抛物 %s", "description": "楼上有人往下扔东西",
         "location": {"lat": %s, "lng": %s, "address": "丰乐路 18 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(channel, category, UUID.randomUUID(), lat, lng));
  }

  ResponseEntity<JsonNode> report(String user, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> hotline(String category, double lat, double lng) {
    ResponseEntity<JsonNode> answer = report(Logins.HOTLINE_INTEGRATOR, "HOTLINE_12345", category, lat, lng);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return answer;
  }

  static String number(ResponseEntity<JsonNode> answer) {
    return answer.getBody().get("caseNumber").asText();
  }

  static List<String> duplicates(ResponseEntity<JsonNode> answer) {
    List<String> numbers = new ArrayList<>();
    answer.getBody().get("possibleDuplicates").forEach(d -> numbers.add(d.get("caseNumber").asText()));
    return numbers;
  }

  @Test
  void anOpenCaseOfTheSameCategoryNearbyIsAPossibleDuplicateUntilItEnds() {
    var first = hotline(THROWING, 22.6080, 113.0690);
    assertThat(duplicates(first)).isEmpty();
    assertThat(first.getBody().get("attachedToOpenCase").asBoolean()).isFalse();

    var second = hotline(THROWING, 22.6080 + M20, 113.0690);

    JsonNode found = second.getBody().get("possibleDuplicates");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("caseNumber").asText()).isEqualTo(number(first));
    assertThat(found.get(0).get("title").asText()).startsWith("高空抛物");
    assertThat(found.get(0).get("distanceMetres").asLong()).isBetween(18L, 22L);
    assertThat(OffsetDateTime.parse(found.get(0).get("reportedAt").asText())).isBefore(OffsetDateTime.now().plusSeconds(1));

    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).postForEntity("/api/cases/" + number(first) + "/cancellation",
        new HttpEntity<>("{\"reason\": \"重复反映\"}", headers), JsonNode.class);
    assertThat(duplicates(hotline(THROWING, 22.6080, 113.0690)))
        .as("a cancelled case is no longer open").containsExactly(number(second));
  }

  @Test
  void aCaseFartherThanTheRadiusIsNot() {
    var first = hotline(THROWING, 22.6095, 113.0690);
    var eightyMetresOn = hotline(THROWING, 22.6095 + M80, 113.0690);
    assertThat(duplicates(eightyMetresOn)).doesNotContain(number(first));

    var between = hotline(THROWING, 22.6095 + M36, 113.0690);
    assertThat(duplicates(between)).containsExactlyInAnyOrder(number(first), number(eightyMetresOn));
  }

  @Test
  void aCaseReportedBeforeTheWindowIsNot() {
    var old = hotline(THROWING, 22.6110, 113.0690);
    reportedDaysAgo(number(old), 8);
    var now = hotline(THROWING, 22.6110, 113.0690);
    assertThat(duplicates(now)).doesNotContain(number(old));

    reportedDaysAgo(number(old), 6);
    assertThat(duplicates(hotline(THROWING, 22.6110, 113.0690))).contains(number(old), number(now));
  }

  @Test
  void aCaseOfAnotherCategoryIsNot() {
    var fire = hotline("FIRE_HAZARD", 22.6125, 113.0690);
    assertThat(duplicates(hotline(THROWING, 22.6125, 113.0690))).doesNotContain(number(fire));
    assertThat(duplicates(hotline("FIRE_HAZARD", 22.6125, 113.0690))).containsExactly(number(fire));
  }

  @Test
  void anIntegratorHearsOnlyOfTheCasesItMayRead() {
    var hotline = hotline(THROWING, 22.6100, 113.0675);
    var police = report("integrator-110", "POLICE_110_NONEMERGENCY", THROWING, 22.6100, 113.0675);
    assertThat(police.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(duplicates(police)).as("a 12345 case is not the 110 system's to read").isEmpty();

    var clerk = report("luo.xiaoyan", "WALK_IN", THROWING, 22.6100, 113.0675);
    assertThat(duplicates(clerk)).as("an intake clerk reads every case").contains(number(hotline), number(police));
  }

  @Test
  void aSensorsRepeatedAlertIsAddedToItsOpenCase() {
    String sensor = "flood-" + UUID.randomUUID();
    var first = alert("integrator-iot", "IOT_ALERT", sensor);
    var again = alert("integrator-iot", "IOT_ALERT", sensor);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(number(again)).isEqualTo(number(first));
    assertThat(again.getBody().get("attachedToOpenCase").asBoolean()).isTrue();
    JsonNode history = Logins.as(anonymous, "integrator-iot").getForObject("/api/cases/" + number(first), JsonNode.class)
        .get("history");
    assertThat(history).filteredOn(step -> step.get("action").asText().equals("SENSOR_ALERT_REPEATED"))
        .singleElement().satisfies(step -> assertThat(step.get("detail").asText()).contains(sensor));

    assertThat(number(alert("integrator-iot", "IOT_ALERT", sensor + "-2"))).as("another sensor").isNotEqualTo(number(first));
    var otherChannel = alert("integrator-12345", "HOTLINE_12345", sensor);
    assertThat(otherChannel.getStatusCode()).as("sensor ids are the channel's own").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aSensorWhoseCaseEndedOpensANewOne() {
    String sensor = "smoke-" + UUID.randomUUID();
    String first = number(alert("integrator-iot", "IOT_ALERT", sensor));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Logins.as(anonymous, "integrator-iot").postForEntity("/api/cases/" + first + "/cancellation",
        new HttpEntity<>("{\"reason\": \"误报\"}", headers), JsonNode.class);

    var next = alert("integrator-iot", "IOT_ALERT", sensor);
    assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(number(next)).isNotEqualTo(first);
    assertThat(jdbc.sql("select case_number from sensor_case where channel = 'IOT_ALERT' and sensor_id = ?")
        .param(sensor).query(String.class).single()).isEqualTo(number(next));
    assertThat(number(alert("integrator-iot", "IOT_ALERT", sensor))).isEqualTo(number(next));
  }

  @Test
  void aSensorIdOfOtherCharactersIsRefusedNamingIt() {
    var refused = alert("integrator-iot", "IOT_ALERT", "烟感 1号");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("sensorId");
  }

  ResponseEntity<JsonNode> alert(String user, String channel, String sensorId) {
    return report(user, """
        {"channel": "%s", "externalId": "%s", "category": "ROAD_FLOODING", "title": "积水监测告警",
         "description": "积水深度超过 30 厘米", "sensorId": "%s",
         "location": {"gridCode": "%s", "address": "丰乐路下穿隧道"}}
        """.formatted(channel, UUID.randomUUID(), sensorId, Reports.GRID));
  }

  void reportedDaysAgo(String caseNumber, int days) {
    jdbc.sql("update case_record set reported_at = ? where case_number = ?")
        .params(OffsetDateTime.now().minusDays(days), caseNumber)
        .update();
    // the KPI read model follows the record (KpiTest compares it with one rebuilt from the records)
    events.publishEvent(new CaseChanged(caseNumber));
  }
}
