package io.gridcase.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A 12345 wage-arrears case (人社局 leads) reported over HTTP, as the hotline's system does. */
public final class HotlineCases {

  private HotlineCases() {}

  /** Reports the case with this title in the demo grid and answers its case number. */
  public static String report(TestRestTemplate anonymous, String title) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String report = """
        {"channel": "HOTLINE_12345", "title": "%s", "description": "丰乐路工地拖欠 20 名工人工资",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(title, Reports.GRID);
    var created = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR)
        .postForEntity("/api/cases", new HttpEntity<>(report, headers), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }
}
