package io.gridcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.support.TestSmtp;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.Logins;
import io.gridcase.support.ReportLimits;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on a real PostgreSQL server that the build starts itself: Flyway, the
 * engine schema, the directory, and one case from REST to closed.
 */
class PostgresApplicationTest extends PostgresApp {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();


  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ObjectMapper json;

  @Test
  void aCaseReportedByRestIsHandledAndClosedOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.sql("select count(*) from dir_grid").query(Long.class).single()).isPositive();

    TestRestTemplate http = Logins.as(anonymous, "integrator-sme");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"channel": "SME_PLATFORM", "externalId": "sme-pg-1", "title": "企业用电报装迟迟未办",
         "description": "五金厂新厂房用电报装两个月未接通", "location": {"gridCode": "%s"},
         "reporter": {"name": "陈老板", "email": "boss@example.cn", "anonymous": false},
         "enterprise": {"name": "江门市某五金制品有限公司", "creditCode": "91440703MA4UJ5XX1K"}}
        """.formatted(Reports.GRID);
    var created = http.postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
    var again = http.postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseNumber = created.getBody().get("caseNumber").asText();

    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-MARKET", "huang.xiaoling", Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ReportContribution", "dept-MARKET", "huang.xiaoling", Map.of("contribution", "已协调供电企业"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-INDUSTRY", "zhen.zhuowen", Map.of("plan", "协调供电局三日内接电"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-INDUSTRY", "zhen.zhuowen",
        Map.of("outcome", "RESOLVED", "resultSummary", "已通电"));
    cases.runDueJobs(caseNumber);
    cases.fireTimer(caseNumber, "TimerEvent_RevisitDue");
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting", Map.of("satisfaction", "SATISFIED"));

    JsonNode closed = http.getForObject("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("deadlineProfile").asText()).isEqualTo("SME_117");
    assertThat(closed.get("outcome").asText()).isEqualTo("RESOLVED");
    assertThat(closed.get("satisfaction").asText()).isEqualTo("SATISFIED");
    // 及时受理率 reads the engine's task history joined to the cases: the query runs on PostgreSQL too
    JsonNode timely = Logins.as(anonymous, "ou.weixiong").getForObject("/api/kpis?groupBy=department", JsonNode.class)
        .get("total").get("figures").get("timelyAcceptanceRate");
    assertThat(timely.get("numerator").asLong()).as("two sign-fors and the revisit, on time").isGreaterThanOrEqualTo(3);
    assertThat(timely.get("value").isNull()).isFalse();
    // the outbox sends after commit, on a thread of its own
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(mail.getReceivedMessages()).anySatisfy(m -> assertThat(m.getSubject()).contains(caseNumber)));
  }

  /** Issue 9 item 6: PostgreSQL's columns and the engine's 4,000-character texts hold every stated limit. */
  @Test
  void everyStatedLimitIsAcceptedAndOneMoreIsRefusedOnPostgres() {
    new ReportLimits(anonymous, jdbc, json).probeAll();
  }
}
