package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/cases} as an integrator sees it: over HTTP, JSON in and out. */
@GridcaseTest
class CaseApiTest {

  @Autowired TestRestTemplate anonymous;
  TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void logIn() {
    http = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR);
  }

  static String report(String externalId) {
    return """
        {"channel": "HOTLINE_12345", "externalId": %s, "title": "工地拖欠工资",
         "description": "丰乐路工地拖欠 20 名工人工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "email": "wang.fang@example.cn", "anonymous": false},
         "occurredAt": "2026-11-20T09:30:00+08:00"}
        """.formatted(externalId == null ? "null" : "\"" + externalId + "\"", Reports.GRID);
  }

  ResponseEntity<JsonNode> post(String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }

  long cases() {
    return jdbc.sql("select count(*) from case_record").query(Long.class).single();
  }

  @Nested
  class Reporting {

    @Test
    void aReportBecomesACaseThatCanBeFollowed() {
      var created = post("/api/cases", report(null));

      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      String caseNumber = created.getBody().get("caseNumber").asText();
      assertThat(created.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);

      JsonNode found = http.getForObject("/api/cases/" + caseNumber, JsonNode.class);
      assertThat(found.get("status").asText()).isEqualTo("OPEN");
      assertThat(found.get("stage").asText()).isEqualTo("HANDLING");
      assertThat(found.get("category").asText()).isEqualTo("WAGE_ARREARS");
      assertThat(found.get("priority").asText()).isEqualTo("HIGH");
      assertThat(found.get("deadlineProfile").asText()).isEqualTo("HOTLINE_ORDINARY");
      assertThat(found.get("leadDepartment").asText()).isEqualTo("HRSS");
      assertThat(found.get("coDepartments")).extracting(JsonNode::asText).contains("JUSTICE");
      assertThat(found.at("/place/townCode").asText()).isEqualTo("JM-PJ-HUANSHI");
      assertThat(found.at("/reporter/phone").asText()).isEqualTo("138****8000");
      assertThat(found.get("history")).extracting(step -> step.get("action").asText())
          .contains("REPORTED", "TRIAGED", "DISPATCHED");
      assertThat(found.get("outcome").isNull()).isTrue();
      assertThat(found.get("satisfaction").isNull()).isTrue();
    }

    @Test
    void aCaseNamesItsPlacesDepartmentsAndCodesInChinese() {
      String caseNumber = post("/api/cases", report(null)).getBody().get("caseNumber").asText();

      JsonNode found = http.getForObject("/api/cases/" + caseNumber, JsonNode.class);
      assertThat(found.at("/place/gridName").asText()).isEqualTo("丰乐社区第一网格");
      assertThat(found.at("/place/townName").asText()).isEqualTo("环市街道");
      assertThat(found.at("/place/countyName").asText()).isEqualTo("蓬江区");
      assertThat(found.at("/departmentNames/HRSS").asText()).isEqualTo("人力资源和社会保障局");
      assertThat(found.at("/departmentNames/JUSTICE").asText()).startsWith("司法");
      assertThat(found.get("channelLabel").asText()).isEqualTo("12345热线");
      assertThat(found.get("statusLabel").asText()).isEqualTo("办理中");
      assertThat(found.get("stageLabel").asText()).isEqualTo("协同处置");
      assertThat(found.get("categoryLabel").asText()).isEqualTo("欠薪、劳资纠纷");
      assertThat(found.get("priorityLabel").asText()).isEqualTo("高");
      assertThat(found.get("outcomeLabel").isNull()).as("no outcome yet").isTrue();
      assertThat(found.get("satisfactionLabel").isNull()).isTrue();
      JsonNode dispatched = null;
      for (JsonNode step : found.get("history")) {
        if (step.get("action").asText().equals("DISPATCHED")) {
          dispatched = step;
        }
      }
      assertThat(dispatched.get("actorName").asText()).isEqualTo("系统");
      assertThat(dispatched.get("detailLabel").asText())
          .contains("主办：人力资源和社会保障局", "协办：")
          .doesNotContain("HRSS", "JUSTICE", "lead=");
    }

    @Test
    void aPointIsPlacedInTheGridWhoseBoundaryHoldsIt() {
      String body = report(null).replace(
          "\"location\": {\"gridCode\": \"" + Reports.GRID + "\", \"address\": \"丰乐路 88 号\"}",
          "\"location\": {\"lat\": 22.6096, \"lng\": 113.0704}");
      var created = post("/api/cases", body);

      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      JsonNode found = http.getForObject(created.getHeaders().getLocation().toString(), JsonNode.class);
      assertThat(found.at("/place/gridCode").asText()).isEqualTo(Reports.GRID);
    }

    @Test
    void theSameExternalIdGivesBackTheSameCase() {
      String externalId = "12345-" + UUID.randomUUID();
      var first = post("/api/cases", report(externalId));
      var again = post("/api/cases", report(externalId));

      assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(again.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
    }

    @Test
    void concurrentRetriesOfOneReportMakeOneCase() throws Exception {
      String externalId = "12345-" + UUID.randomUUID();
      int clients = 8;
      var start = new CountDownLatch(1);
      var pool = Executors.newFixedThreadPool(clients);
      List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
      Callable<ResponseEntity<JsonNode>> retry = () -> {
        start.await();
        return post("/api/cases", report(externalId));
      };
      for (int i = 0; i < clients; i++) {
        answers.add(pool.submit(retry));
      }
      start.countDown();
      var statuses = new ArrayList<HttpStatus>();
      var numbers = new HashSet<String>();
      for (var answer : answers) {
        statuses.add((HttpStatus) answer.get().getStatusCode());
        numbers.add(answer.get().getBody().get("caseNumber").asText());
      }
      pool.shutdown();

      assertThat(statuses).containsOnly(HttpStatus.CREATED, HttpStatus.OK);
      assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
      assertThat(numbers).hasSize(1);
      assertThat(jdbc.sql("select count(*) from case_record where external_id = ?").param(externalId)
          .query(Long.class).single()).isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.iterator().next())
          .processDefinitionKey("case-lifecycle").count()).isEqualTo(1);
    }
  }

  @Nested
  class BadInput {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no title                 | \"title\": \"工地拖欠工资\",                    | ''                                   | title",
        "blank description        | 丰乐路工地拖欠 20 名工人工资                   | ' '                                  | description",
        "unknown channel          | \"HOTLINE_12345\"                              | \"HOTLINE_999\"                      | channel",
        "no location              | \"location\": {                                | \"elsewhere\": {                     | location",
        "latitude out of range    | \"gridCode\": \"JM-PJ-HUANSHI-01-01\"          | \"lat\": 123.0, \"lng\": 113.0       | location.lat",
        "neither grid nor point   | \"gridCode\": \"JM-PJ-HUANSHI-01-01\",         | ''                                   | location.gridCodeOrLatLng",
        "bad email                | wang.fang@example.cn                           | not-an-email                         | reporter.email",
        "bad phone                | 13800138000                                    | call me                              | reporter.phone",
        "occurredAt not a time    | 2026-11-20T09:30:00+08:00                      | yesterday                            | occurredAt",
        "occurredAt in the future | 2026-11-20T09:30:00+08:00                      | 2999-01-01T00:00:00Z                 | occurredAt",
        "occurredAt in year 0     | 2026-11-20T09:30:00+08:00                      | 0000-01-01T00:00:00Z                 | occurredAt",
        "occurredAt before 2000   | 2026-11-20T09:30:00+08:00                      | 1999-12-31T23:59:59Z                 | occurredAt",
        "occurredAt as a number   | \"2026-11-20T09:30:00+08:00\"                  | 1763602200                           | occurredAt",
        "occurredAt as a fraction | \"2026-11-20T09:30:00+08:00\"                  | 1.7636022E9                          | occurredAt",
        "occurredAt as zero       | \"2026-11-20T09:30:00+08:00\"                  | 0                                    | occurredAt",
        "title too long           | \"title\": \"工地拖欠工资\"                      | \"title\": \"%s\"                    | title",
    })
    void isRefusedNamingTheFieldAndWritesNothing(String what, String replace, String with, String field) {
      long before = cases();
      String body = report(null).replace(replace, with.replace("%s", "长".repeat(201)));

      var answer = post("/api/cases", body);

      assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).as(what).contains(field);
      assertThat(answer.getBody().toString()).doesNotContain("Exception", "at io.", "SQL");
      assertThat(cases()).isEqualTo(before);
    }

    @Test
    void occurredAtMayRunFiveMinutesAheadAndReachBackTo2000() {
      var now = OffsetDateTime.now(ZoneOffset.UTC);
      long before = cases();
      for (String accepted : List.of(now.plusMinutes(1).toString(), "2000-01-01T00:00:00Z", "2000-01-01T08:00:00+08:00")) {
        var answer = post("/api/cases", report(null).replace("2026-11-20T09:30:00+08:00", accepted));
        assertThat(answer.getStatusCode()).as("%s: %s", accepted, answer.getBody()).isEqualTo(HttpStatus.CREATED);
      }
      var ahead = post("/api/cases", report(null).replace("2026-11-20T09:30:00+08:00", now.plusMinutes(10).toString()));
      assertThat(ahead.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ahead.getBody().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("occurredAt");
      assertThat(cases()).isEqualTo(before + 3);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
      var answer = post("/api/cases", "{\"channel\": \"FAX\", \"title\": \"\", \"location\": {\"lat\": 91}}");

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText())
          .contains("channel", "title", "description", "location.lat", "location.gridCodeOrLatLng");
    }

    @Test
    void anSmeReportNeedsAValidCreditCode() {
      String body = report(null).replace("\"occurredAt\"",
          "\"enterprise\": {\"name\": \"江门市某五金厂\", \"creditCode\": \"12345\"}, \"occurredAt\"");
      var answer = post("/api/cases", body);

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("enterprise.creditCode");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
      var answer = post("/api/cases", "{not json");
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void anUnknownGridIsUnprocessableAndWritesNothing() {
      long before = cases();
      var answer = post("/api/cases", report(null).replace(Reports.GRID, "JM-XX-NOWHERE-01-01"));

      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(answer.getBody().get("detail").asText()).contains("JM-XX-NOWHERE-01-01");
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("location.gridCode");
      assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aPointFarFromEveryGridIsUnprocessable() {
      var answer = post("/api/cases", report(null).replace(
          "\"gridCode\": \"" + Reports.GRID + "\"", "\"lat\": 39.9, \"lng\": 116.4"));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("location");
    }

    @Test
    void aPointAtSeaBeyondTheLimitIsUnprocessable() {
      // about 1.5 km west of 沙堤村第一网格 on 上川岛; gridcase.directory.nearest-grid-within-metres is 1,000
      var answer = post("/api/cases", report(null).replace(
          "\"gridCode\": \"" + Reports.GRID + "\"", "\"lat\": 21.7330, \"lng\": 112.7500"));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("location");
      assertThat(answer.getBody().get("detail").asText()).contains("21.733,112.75");
    }

    @Test
    void anUnknownCategoryIsUnprocessable() {
      var answer = post("/api/cases", report(null).replace("\"title\"", "\"category\": \"UFO_SIGHTING\", \"title\""));
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("category");
    }

    @Test
    void anUnknownCaseIsNotFound() {
      var answer = http.getForEntity("/api/cases/GC19990101000001", JsonNode.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @CsvSource({"page=-1, page", "size=0, size", "size=101, size", "status=LOST, status", "channel=FAX, channel"})
    void badListParametersAreNamed(String query, String field) {
      var answer = http.getForEntity("/api/cases?" + query, JsonNode.class);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).contains(field);
    }
  }

  @Nested
  class Listing {

    @Test
    void casesAreFilteredAndPaged() {
      http = Logins.as(anonymous, "integrator-walk-in");
      for (int i = 0; i < 3; i++) {
        post("/api/cases", report(null).replace("HOTLINE_12345", "WALK_IN"));
      }
      JsonNode page = http.getForObject("/api/cases?channel=WALK_IN&department=HRSS&town=JM-PJ-HUANSHI&status=OPEN&size=2", JsonNode.class);

      assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
      assertThat(page.get("items")).hasSize(2);
      assertThat(page.get("items")).allSatisfy(item -> {
        assertThat(item.get("channel").asText()).isEqualTo("WALK_IN");
        assertThat(item.get("leadDepartment").asText()).isEqualTo("HRSS");
      });
      JsonNode none = http.getForObject("/api/cases?channel=WALK_IN&department=FIRE", JsonNode.class);
      assertThat(none.get("items")).allSatisfy(item -> assertThat(item.get("leadDepartment").asText()).isNotEqualTo("HRSS"));
    }
  }

  @Nested
  class Cancelling {

    @Test
    void theReporterWithdrawsAnOpenCaseOnce() {
      String caseNumber = post("/api/cases", report(null)).getBody().get("caseNumber").asText();

      var cancelled = post("/api/cases/" + caseNumber + "/cancellation", "{\"reason\": \"已自行解决\"}");
      assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(cancelled.getBody().get("status").asText()).isEqualTo("CANCELLED");

      var again = post("/api/cases/" + caseNumber + "/cancellation", "{\"reason\": \"再次撤销\"}");
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aWithdrawalNeedsAReason() {
      String caseNumber = post("/api/cases", report(null)).getBody().get("caseNumber").asText();
      var answer = post("/api/cases/" + caseNumber + "/cancellation", "{}");
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reason");
    }
  }
}
