package io.gridcase.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every length limit {@code /api/cases} states (io.gridcase.intake.CaseReport, the request records
 * of io.gridcase.api, the OpenAPI document, the README): a value at the limit is accepted and
 * kept whole, one character more is refused with 400 naming the field, and nothing is written.
 * The same probes run on H2 and on PostgreSQL, whose column and engine limits differ.
 */
public final class ReportLimits {

  /** A text field, its stated limit, its column in case_record and a value of any length that is valid but for its length. */
  record Limit(String path, int max, String column, IntFunction<String> value) {}

  static final List<Limit> REPORT = List.of(
      new Limit("externalId", 128, "external_id", n -> uniqueId(n)),
      new Limit("title", 200, "title", n -> "长".repeat(n)),
      new Limit("description", 4000, "description", n -> "述".repeat(n)),
      new Limit("location.address", 300, "address", n -> "路".repeat(n)),
      new Limit("reporter.name", 100, "reporter_name", n -> "王".repeat(n)),
      new Limit("reporter.phone", 40, "reporter_phone", n -> "+8" + "6".repeat(n - 2)),
      new Limit("reporter.email", 200, "reporter_email", ReportLimits::email),
      new Limit("enterprise.name", 200, "enterprise_name", n -> "企".repeat(n)),
      new Limit("enterprise.creditCode", 18, "enterprise_credit_code", n -> "91440703MA4UJ5XX1K" + "1".repeat(n - 18)));

  /** Codes looked up in the directory: no code of the stated length exists, so only "one more" is probed. */
  static final List<Limit> CODES = List.of(
      new Limit("category", 40, null, n -> "C".repeat(n)),
      new Limit("location.gridCode", 64, null, n -> "G".repeat(n)));

  static final String BODY = """
      {"channel": "SME_PLATFORM", "title": "企业用电报装迟迟未办", "description": "新厂房用电报装两个月未接通",
       "location": {"gridCode": "%s", "address": "蓬江区丰乐路 88 号"},
       "reporter": {"name": "陈老板", "phone": "13700137000", "email": "boss@example.cn", "anonymous": false},
       "enterprise": {"name": "江门市某五金制品有限公司", "creditCode": "91440703MA4UJ5XX1K"},
       "overseasChinese": false}
      """.formatted(Reports.GRID);

  private final TestRestTemplate anonymous;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final SoftAssertions softly = new SoftAssertions();

  public ReportLimits(TestRestTemplate anonymous, JdbcClient jdbc, ObjectMapper json) {
    this.anonymous = anonymous;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Probes every limit of a report, then of a withdrawal, an urging and an extension request. */
  public void probeAll() {
    for (Limit limit : REPORT) {
      ObjectNode body = body();
      String atLimit = limit.value().apply(limit.max());
      set(body, limit.path(), atLimit);
      String caseNumber = accepted(limit.path() + " at " + limit.max(), body);
      if (caseNumber != null) {
        String kept = jdbc.sql("select " + limit.column() + " from case_record where case_number = ?")
            .param(caseNumber).query(String.class).single();
        softly.assertThat(kept).as("%s kept whole", limit.path()).isEqualTo(atLimit);
      }
      ObjectNode over = body();
      set(over, limit.path(), limit.value().apply(limit.max() + 1));
      refused(limit.path() + " at " + (limit.max() + 1), over, limit.path());
    }
    for (Limit limit : CODES) {
      ObjectNode over = body();
      set(over, limit.path(), limit.value().apply(limit.max() + 1));
      refused(limit.path() + " at " + (limit.max() + 1), over, limit.path());
    }
    ObjectNode everyLimit = body();
    REPORT.forEach(limit -> set(everyLimit, limit.path(), limit.value().apply(limit.max())));
    accepted("every field at its limit at once", everyLimit);

    probeReason("/cancellation", "reason", "integrator-sme", 200);
    probeReason("/urgings", "message", "ou.weixiong", 202);
    probeReason("/extensions", "reason", "zhen.zhuowen", 202);
    softly.assertAll();
  }

  /** The 500-character texts of the other writes, each on a fresh case. */
  private void probeReason(String action, String field, String user, int acceptedStatus) {
    for (int length : List.of(500, 501)) {
      ObjectNode body = body();
      String caseNumber = accepted("a case to " + action, body);
      if (caseNumber == null) {
        return;
      }
      ObjectNode request = json.createObjectNode();
      if (action.equals("/extensions")) {
        request.put("stage", "DONE").put("extendBy", "P1D");
      }
      request.put(field, "理".repeat(length));
      var answer = post(user, "/api/cases/" + caseNumber + action, request.toString());
      if (length == 500) {
        softly.assertThat(answer.getStatusCode().value()).as("%s %s at 500: %s", action, field, answer.getBody())
            .isEqualTo(acceptedStatus);
      } else {
        assertNamed(action + " " + field + " at 501", answer, field);
      }
    }
  }

  private String accepted(String what, ObjectNode body) {
    long before = cases();
    var answer = post("integrator-sme", "/api/cases", body.toString());
    softly.assertThat(answer.getStatusCode().value()).as("%s: %s", what, answer.getBody()).isEqualTo(201);
    softly.assertThat(cases()).as("%s makes one case", what).isEqualTo(before + 1);
    return answer.getStatusCode().value() == 201 ? answer.getBody().get("caseNumber").asText() : null;
  }

  private void refused(String what, ObjectNode body, String field) {
    long before = cases();
    assertNamed(what, post("integrator-sme", "/api/cases", body.toString()), field);
    softly.assertThat(cases()).as("%s writes nothing", what).isEqualTo(before);
  }

  private void assertNamed(String what, ResponseEntity<JsonNode> answer, String field) {
    softly.assertThat(answer.getStatusCode().value()).as("%s: %s", what, answer.getBody()).isEqualTo(400);
    softly.assertThat(answer.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    List<String> fields = new ArrayList<>();
    if (answer.getBody() != null) {
      answer.getBody().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    }
    softly.assertThat(fields).as("%s names the field", what).contains(field);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private long cases() {
    return jdbc.sql("select count(*) from case_record").query(Long.class).single();
  }

  private ObjectNode body() {
    try {
      return (ObjectNode) json.readTree(BODY);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(ObjectNode body, String path, String value) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? body : (ObjectNode) body.at(pointer(path.substring(0, dot)));
    parent.set(path.substring(dot + 1), TextNode.valueOf(value));
  }

  private static String pointer(String path) {
    return "/" + path.replace('.', '/');
  }

  /** An external id of exactly n characters that no other probe used. */
  static String uniqueId(int n) {
    String unique = UUID.randomUUID().toString();
    return (unique + "x".repeat(Math.max(0, n - unique.length()))).substring(0, n);
  }

  /** A valid address of exactly n characters (n ≥ 12): a 64-character local part at most, labels of 63 at most. */
  static String email(int n) {
    String local = "a".repeat(Math.min(64, n - 11));
    StringBuilder domain = new StringBuilder();
    int left = n - local.length() - 1 - 3; // "@" and ".cn"
    while (left > 0) {
      int label = Math.min(63, left);
      if (left - label == 1) {
        label--; // never leave a lone dot
      }
      domain.append("b".repeat(label));
      left -= label;
      if (left > 0) {
        domain.append('.');
        left--;
      }
    }
    return local + "@" + domain + ".cn";
  }
}
