package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A case goes from report to a department and back to the API; no log line names the reporter. */
@GridcaseTest
@ExtendWith(OutputCaptureExtension.class)
class ReporterContactLoggingTest {

  static final String NAME = "欧阳娜娜";
  static final String PHONE = "13712345678";
  static final String EMAIL = "ouyang.nana@example.cn";

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;

  @Test
  void theReportersContactNeverReachesTheLog(CapturedOutput output) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String report = """
        {"channel": "HOTLINE_12345", "title": "工地拖欠工资", "description": "丰乐路工地拖欠工资",
         "location": {"gridCode": "%s"},
         "reporter": {"name": "%s", "phone": "%s", "email": "%s", "anonymous": false}}
        """.formatted(Reports.GRID, NAME, PHONE, EMAIL);
    var hotline = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR);
    var created = hotline.postForEntity("/api/cases", new HttpEntity<>(report, headers), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();
    // refused attempts: another channel's integrator, a bad field
    Logins.as(anonymous, "integrator-petition").postForEntity("/api/cases", new HttpEntity<>(report, headers), JsonNode.class);
    hotline.postForEntity("/api/cases", new HttpEntity<>(report.replace("\"gridCode\"", "\"lat\": 99, \"gridCode\""), headers), JsonNode.class);
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua", Map.of("orderDecision", "ACCEPT"));

    JsonNode seen = Logins.as(anonymous, "ye.wanting").getForObject("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(seen.at("/reporter/phone").asText()).isEqualTo(PHONE);

    assertThat(output.getAll()).doesNotContain(NAME, PHONE, EMAIL);
  }
}
