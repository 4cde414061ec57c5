package io.gridcase.parties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The respondent (被申请人) of a dispute comes in with the report through {@code /api/cases} and
 * the Tasklist start form (ADR 26): kept as a party of the case in the intake's transaction, refused
 * at its field when malformed, and shown in {@code parties} masked like the reporter's contact.
 */
@GridcaseTest
class DisputePartiesApiTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired JdbcClient jdbc;

  static String report(String respondent) {
    return """
        {"channel": "HOTLINE_12345", "category": "NEIGHBOUR_DISPUTE", "title": "楼上漏水纠纷",
         "description": "楼上卫生间漏水到楼下，协商不成",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "email": "%s", "anonymous": false},
         "respondent": %s}
        """.formatted(Reports.GRID, Reports.REPORTER_EMAIL, respondent);
  }

  static final String RESPONDENT = """
      {"name": "李四", "phone": "13912345678", "email": "li.si@example.cn", "description": "楼上 502 住户"}""";

  ResponseEntity<JsonNode> post(String user, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Logins.as(anonymous, user).postForEntity("/api/cases", new HttpEntity<>(body, headers), JsonNode.class);
  }

  JsonNode get(String user, String caseNumber) {
    var answer = Logins.as(anonymous, user).getForEntity("/api/cases/" + caseNumber, JsonNode.class);
    assertThat(answer.getStatusCode()).as("%s reads %s: %s", user, caseNumber, answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void theRespondentOfAReportIsAPartyOfTheCaseBesideTheReporterAsApplicant() {
    var created = post(Logins.HOTLINE_INTEGRATOR, report(RESPONDENT));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = created.getBody().get("caseNumber").asText();

    assertThat(jdbc.sql("select party_role, name, phone, email, description from dispute_party where case_number = ?")
        .param(caseNumber).query().listOfRows())
        .singleElement().satisfies(row -> assertThat(row.values())
            .containsExactly("RESPONDENT", "李四", "13912345678", "li.si@example.cn", "楼上 502 住户"));

    JsonNode full = get("luo.xiaoyan", caseNumber).get("parties");
    assertThat(full.at("/applicant/roleLabel").asText()).isEqualTo("申请人");
    assertThat(full.at("/applicant/name").asText()).isEqualTo("王芳");
    assertThat(full.at("/applicant/phone").asText()).isEqualTo("13800138000");
    assertThat(full.at("/respondent/role").asText()).isEqualTo("RESPONDENT");
    assertThat(full.at("/respondent/roleLabel").asText()).isEqualTo("被申请人");
    assertThat(full.at("/respondent/name").asText()).isEqualTo("李四");
    assertThat(full.at("/respondent/phone").asText()).isEqualTo("13912345678");
    assertThat(full.at("/respondent/email").asText()).isEqualTo("li.si@example.cn");
    assertThat(full.at("/respondent/description").asText()).isEqualTo("楼上 502 住户");
  }

  @ParameterizedTest(name = "{0} sees the parties' contact {1}")
  @CsvSource(delimiter = '|', value = {
      "luo.xiaoyan      | full",
      "zhao.min         | full",
      "ye.wanting       | full",
      "integrator-12345 | masked",
      "chen.jianguo     | masked",
      "ou.weixiong      | masked",
  })
  void theRespondentsContactIsMaskedLikeTheReportersPerRole(String user, String contact) {
    String caseNumber = post(Logins.HOTLINE_INTEGRATOR, report(RESPONDENT)).getBody().get("caseNumber").asText();

    JsonNode details = get(user, caseNumber);
    JsonNode respondent = details.at("/parties/respondent");
    boolean full = contact.equals("full");
    assertThat(respondent.get("name").asText()).isEqualTo(full ? "李四" : "李*");
    assertThat(respondent.get("phone").asText()).isEqualTo(full ? "13912345678" : "139****5678");
    assertThat(respondent.get("email").asText()).isEqualTo(full ? "li.si@example.cn" : "l***@example.cn");
    assertThat(respondent.get("description").isNull()).as("who and where they are, only with the contact").isEqualTo(!full);
    assertThat(details.at("/parties/applicant/phone").asText()).as("the applicant is masked the same way")
        .isEqualTo(details.at("/reporter/phone").asText());
    if (!full) {
      assertThat(details.toString()).doesNotContain("13912345678", "li.si@example.cn", "楼上 502");
    }
  }

  @Test
  void aReportWithoutRespondentHasTheApplicantOnly() {
    String caseNumber = post(Logins.HOTLINE_INTEGRATOR, report("null")).getBody().get("caseNumber").asText();

    JsonNode parties = get("luo.xiaoyan", caseNumber).get("parties");
    assertThat(parties.at("/applicant/name").asText()).isEqualTo("王芳");
    assertThat(parties.get("respondent").isNull()).isTrue();
    assertThat(jdbc.sql("select count(*) from dispute_party where case_number = ?").param(caseNumber)
        .query(Long.class).single()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad phone      | \"phone\": \"13912345678\"      | \"phone\": \"call me\"          | respondent.phone",
      "bad email      | \"email\": \"li.si@example.cn\" | \"email\": \"li.si\"            | respondent.email",
      "no name        | \"name\": \"李四\",              | ''                            | respondent.name",
      "long describe  | 楼上 502 住户                    | %s                            | respondent.description",
  })
  void aBadRespondentIsRefusedNamingItsFieldAndWritesNothing(String what, String replace, String with, String field) {
    long cases = count("case_record");
    long parties = count("dispute_party");

    var answer = post(Logins.HOTLINE_INTEGRATOR, report(RESPONDENT.replace(replace, with.replace("%s", "长".repeat(501)))));

    assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).as(what).containsExactly(field);
    assertThat(count("case_record")).isEqualTo(cases);
    assertThat(count("dispute_party")).isEqualTo(parties);
  }

  @Test
  void theStartFormTakesTheRespondentIntoTheCaseAndNotIntoTheEngine() {
    String phone = "137" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    String form = """
        {"variables": {
          "channel": {"value": "WALK_IN"}, "reportedCategory": {"value": "NEIGHBOUR_DISPUTE"},
          "title": {"value": "窗口来访：邻里噪音纠纷"}, "description": {"value": "楼上夜间噪音"},
          "gridCode": {"value": "%s"}, "address": {"value": "丰乐路 90 号"},
          "anonymous": {"value": false, "type": "Boolean"}, "overseasChinese": {"value": false, "type": "Boolean"},
          "reporterName": {"value": "李四"}, "reporterPhone": {"value": "13900139000"},
          "respondentName": {"value": "张三"}, "respondentPhone": {"value": "%s"},
          "respondentDescription": {"value": "楼上 602 住户"}}}
        """.formatted(Reports.GRID, phone);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var started = Logins.as(anonymous, "luo.xiaoyan").postForEntity(
        "/engine-rest/process-definition/key/case-lifecycle/submit-form", new HttpEntity<>(form, headers), JsonNode.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);

    String caseNumber = jdbc.sql("select case_number from dispute_party where phone = ?").param(phone)
        .query(String.class).single();
    JsonNode respondent = get("luo.xiaoyan", caseNumber).at("/parties/respondent");
    assertThat(respondent.get("name").asText()).isEqualTo("张三");
    assertThat(respondent.get("description").asText()).isEqualTo("楼上 602 住户");
    for (String table : new String[] {"ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL"}) {
      assertThat(jdbc.sql("select count(*) from " + table + " where TEXT_ = ? or TEXT_ = ?").params(phone, "张三")
          .query(Long.class).single()).as("the respondent in %s", table).isZero();
    }
  }
}
