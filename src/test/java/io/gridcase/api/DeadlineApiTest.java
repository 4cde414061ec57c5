package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Deadlines as integrators, departments and supervisors meet them over HTTP. */
@GridcaseTest
class DeadlineApiTest {

  @Autowired TestRestTemplate http;

  ResponseEntity<JsonNode> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(http, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }

  String reportSmeCase() {
    String body = """
        {"channel": "SME_PLATFORM", "title": "企业用电报装迟迟未办", "description": "新厂房用电报装两个月未接通",
         "location": {"gridCode": "%s"}, "reporter": {"name": "陈老板", "email": "boss@example.cn"},
         "enterprise": {"name": "江门市某五金制品有限公司", "creditCode": "91440703MA4UJ5XX1K"}}
        """.formatted(Reports.GRID);
    var created = post("integrator-sme", "/api/cases", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }

  @Test
  void anSmeCasePostedByRestShowsItsThreeDeadlinesAndTheFeedbackDeadlineCountedFromDispatch() {
    String caseNumber = reportSmeCase();

    JsonNode found = Logins.as(http, "integrator-sme").getForObject("/api/cases/" + caseNumber, JsonNode.class);

    OffsetDateTime dispatched = OffsetDateTime.parse(found.get("dispatchedAt").asText());
    assertThat(found.get("deadlineProfile").asText()).isEqualTo("SME_117");
    assertThat(found.get("deadlines")).hasSize(4);
    for (JsonNode deadline : found.get("deadlines")) {
      Duration limit = switch (deadline.get("stage").asText()) {
        case "ACCEPT" -> Duration.ofHours(1);
        case "PLAN" -> Duration.ofDays(1);
        default -> Duration.ofDays(7);
      };
      assertThat(Duration.between(dispatched, OffsetDateTime.parse(deadline.get("dueAt").asText()))).isEqualTo(limit);
      assertThat(deadline.get("metAt").isNull()).isTrue();
      assertThat(deadline.get("overdue").asBoolean()).isFalse();
    }
    assertThat(found.get("flagged").asBoolean()).isFalse();
  }

  @Test
  void theLeadDepartmentSeesWhenTheReporterMustHaveHeard() {
    String caseNumber = reportSmeCase();

    JsonNode found = Logins.as(http, "zhen.zhuowen").getForObject("/api/cases/" + caseNumber, JsonNode.class);

    OffsetDateTime dispatched = OffsetDateTime.parse(found.get("dispatchedAt").asText());
    assertThat(found.get("deadlines")).filteredOn(d -> d.get("stage").asText().equals("FEEDBACK")).singleElement()
        .satisfies(feedback -> {
          assertThat(feedback.get("stageLabel").asText()).isEqualTo("反馈");
          assertThat(OffsetDateTime.parse(feedback.get("dueAt").asText())).isEqualTo(dispatched.plusDays(7));
        });
  }

  @Test
  void theLeadDepartmentAsksForAnExtensionOthersMayNot() {
    String caseNumber = reportSmeCase();
    String extension = "{\"stage\": \"DONE\", \"extendBy\": \"P3D\", \"reason\": \"需供电局配合\"}";

    assertThat(post("huang.xiaoling", "/api/cases/" + caseNumber + "/extensions", extension).getStatusCode())
        .as("co-handling MARKET").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("zhen.zhuowen", "/api/cases/" + caseNumber + "/extensions", extension).getStatusCode())
        .as("lead INDUSTRY").isEqualTo(HttpStatus.ACCEPTED);

    JsonNode history = Logins.as(http, "ou.weixiong").getForObject("/api/cases/" + caseNumber, JsonNode.class).get("history");
    assertThat(history).anySatisfy(step -> {
      assertThat(step.get("action").asText()).isEqualTo("EXTENSION_REQUESTED");
      assertThat(step.get("actor").asText()).isEqualTo("zhen.zhuowen");
    });
  }

  @Test
  void anExtensionNamesItsFieldsWhenMalformed() {
    String caseNumber = reportSmeCase();
    var answer = post("zhen.zhuowen", "/api/cases/" + caseNumber + "/extensions",
        "{\"stage\": \"LATER\", \"extendBy\": \"two days\", \"reason\": \"\"}");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).contains("stage");
  }

  @Test
  void anExtensionBeyondTheRuleIsRefusedNamingExtendByAndASecondWhileOneWaitsIsAConflict() {
    String caseNumber = reportSmeCase();
    String path = "/api/cases/" + caseNumber + "/extensions";
    String template = "{\"stage\": \"DONE\", \"extendBy\": \"%s\", \"reason\": \"需供电局配合\"}";
    JsonNode before = Logins.as(http, "ou.weixiong").getForObject("/api/cases/" + caseNumber, JsonNode.class).get("deadlines");

    // SME_117 DONE may move once by at most P7D (decisions/extension-limit.dmn)
    for (String refused : new String[] {"P999999999D", "P7DT1M", "P0D", "PT0M", "-P1D", "P1M", "P99999999999D"}) {
      var answer = post("zhen.zhuowen", path, template.formatted(refused));
      assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(answer.getBody().get("errors")).as(refused).extracting(e -> e.get("field").asText()).containsExactly("extendBy");
    }
    JsonNode unchanged = Logins.as(http, "ou.weixiong").getForObject("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(unchanged.get("deadlines")).isEqualTo(before);
    assertThat(unchanged.get("history")).noneSatisfy(step ->
        assertThat(step.get("action").asText()).isEqualTo("EXTENSION_REQUESTED"));

    assertThat(post("zhen.zhuowen", path, template.formatted("P7D")).getStatusCode()).as("at the limit").isEqualTo(HttpStatus.ACCEPTED);

    var second = post("zhen.zhuowen", path, template.formatted("P1D"));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(second.getBody().get("detail").asText()).contains("already waits for the town center's decision");
    JsonNode history = Logins.as(http, "ou.weixiong").getForObject("/api/cases/" + caseNumber, JsonNode.class).get("history");
    assertThat(history).filteredOn(step -> step.get("action").asText().equals("EXTENSION_REQUESTED"))
        .singleElement().satisfies(step -> assertThat(step.get("detail").asText()).contains("+P7D"));
  }

  @Test
  void theTasklistStartFormRefusesAnUnboundedExtensionWith400() {
    String caseNumber = reportSmeCase();
    String form = """
        {"variables": {"caseNumber": {"value": "%s"}, "stage": {"value": "DONE"},
         "extendBy": {"value": "P999999999D"}, "extensionReason": {"value": "需长期协调"}}}
        """.formatted(caseNumber);

    var answer = post("zhen.zhuowen", "/engine-rest/process-definition/key/request-extension/submit-form", form);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").asText()).contains("extendBy: ", "P7D");
    JsonNode history = Logins.as(http, "ou.weixiong").getForObject("/api/cases/" + caseNumber, JsonNode.class).get("history");
    assertThat(history).noneSatisfy(step -> assertThat(step.get("action").asText()).isEqualTo("EXTENSION_REQUESTED"));
  }

  @Test
  void onlySupervisorsUrge() {
    String caseNumber = reportSmeCase();
    String urging = "{\"message\": \"请今天内签收\"}";

    assertThat(post("integrator-sme", "/api/cases/" + caseNumber + "/urgings", urging).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("ou.weixiong", "/api/cases/" + caseNumber + "/urgings", urging).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }
}
