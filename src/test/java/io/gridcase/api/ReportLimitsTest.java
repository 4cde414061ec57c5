package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.ReportLimits;
import io.gridcase.support.Reports;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 9 item 6 on H2: every limit /api states is accepted, one more is refused (PostgreSQL: PostgresApplicationTest). */
@GridcaseTest
class ReportLimitsTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired HistoryService history;

  @Test
  void everyStatedLimitIsAcceptedAndOneMoreIsRefusedNamingTheField() {
    new ReportLimits(anonymous, jdbc, json).probeAll();
  }

  @Test
  void theRulesReadTheWholeTextOfTheLongestReportAndHistoryKeepsWhatFits() {
    String description = "述".repeat(3996) + "高空抛物";
    String body = """
        {"channel": "HOTLINE_12345", "title": "%s", "description": "%s", "location": {"gridCode": "%s"}}
        """.formatted("长".repeat(200), description, Reports.GRID);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var created = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR)
        .postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();

    assertThat(jdbc.sql("select category from case_record where case_number = ?").param(caseNumber)
        .query(String.class).single()).as("the keyword at the very end decides").isEqualTo("HIGH_ALTITUDE_THROWING");
    var classified = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("case-category")
        .processInstanceId(processInstance(caseNumber))
        .includeInputs().singleResult();
    String recorded = classified.getInputs().stream().map(HistoricDecisionInputInstance::getValue)
        .filter(String.class::isInstance).map(String.class::cast).filter(v -> v.startsWith("长")).findFirst().orElseThrow();
    assertThat(recorded).hasSize(4000).startsWith("长".repeat(200) + " 述").endsWith("述…");
  }

  String processInstance(String caseNumber) {
    return jdbc.sql("select process_instance_id from case_record where case_number = ?").param(caseNumber)
        .query(String.class).single();
  }
}
