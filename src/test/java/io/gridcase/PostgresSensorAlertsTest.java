package io.gridcase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * One sensor, many alerts at once, on a real PostgreSQL (the build's embedded server): the whole
 * application over HTTP opens one case and adds every other alert to it (ADR 19).
 */
@DirtiesContext // the last io.gridcase.Postgres* test closes the shared context (PostgresApp)
class PostgresSensorAlertsTest extends PostgresApp {

  static final int AT_ONCE = 8;

  @Autowired TestRestTemplate anonymous;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired RuntimeService runtime;

  @Test
  void alertsOfOneSensorAtOnceOpenOneCase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    for (int round = 0; round < 3; round++) {
      String sensor = "water-level-" + UUID.randomUUID();
      List<ResponseEntity<JsonNode>> answers = atOnce(sensor);

      assertThat(answers).as("%s", answers).extracting(ResponseEntity::getStatusCode)
          .filteredOn(HttpStatus.CREATED::equals).as("one alert opens the case").hasSize(1);
      assertThat(answers).as("%s", answers).extracting(ResponseEntity::getStatusCode)
          .filteredOn(HttpStatus.OK::equals).hasSize(AT_ONCE - 1);
      String caseNumber = answers.get(0).getBody().get("caseNumber").asText();
      assertThat(answers).allSatisfy(a -> assertThat(a.getBody().get("caseNumber").asText()).isEqualTo(caseNumber));
      assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.OK)
          .allSatisfy(a -> assertThat(a.getBody().get("attachedToOpenCase").asBoolean()).isTrue());

      assertThat(jdbc.sql("select count(*) from case_record where channel = 'IOT_ALERT' and external_id like ?")
          .param(sensor + "%").query(Long.class).single()).isEqualTo(1);
      assertThat(jdbc.sql("select case_number from sensor_case where channel = 'IOT_ALERT' and sensor_id = ?")
          .param(sensor).query(String.class).list()).containsExactly(caseNumber);
      assertThat(jdbc.sql("select count(*) from case_event where case_number = ? and action = 'SENSOR_ALERT_REPEATED'")
          .param(caseNumber).query(Long.class).single()).as("every other alert is journalled").isEqualTo(AT_ONCE - 1);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("case-lifecycle")
          .processInstanceBusinessKey(caseNumber).count()).as("one lifecycle").isEqualTo(1);
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("case-lifecycle")
          .variableValueLike("title", "积水监测告警").count()).as("no lifecycle of a rolled-back alert").isEqualTo(round + 1);
    }
  }

  private List<ResponseEntity<JsonNode>> atOnce(String sensor) throws Exception {
    TestRestTemplate http = Logins.as(anonymous, "integrator-iot");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      List<Future<ResponseEntity<JsonNode>>> sent = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        String body = """
            {"channel": "IOT_ALERT", "externalId": "%s-%d", "category": "ROAD_FLOODING", "title": "积水监测告警",
             "description": "下穿隧道积水超过 30 厘米", "sensorId": "%s",
             "location": {"gridCode": "%s", "address": "丰乐路下穿隧道"}}
            """.formatted(sensor, i, sensor, Reports.GRID);
        sent.add(pool.submit(() -> {
          start.await();
          return http.postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
        }));
      }
      start.countDown();
      List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
      for (var answer : sent) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
