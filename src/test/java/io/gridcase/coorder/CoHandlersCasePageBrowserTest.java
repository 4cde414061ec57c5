package io.gridcase.coorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lead department's handler reads its co-handlers on the case page in headless Chromium
 * ({@code src/test/browser/co-handlers.mjs}, ADR 29): an SME complaint led by the industry bureau,
 * whose co-handler (the market regulator) let its one-hour sign-for pass. Screenshot in
 * {@code target/browser/co-handlers/}.
 */
@GridcaseTest
@ExtendWith({Browser.Installed.class, EngineClock.Reset.class})
class CoHandlersCasePageBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/co-handlers.mjs");
  static final Path SHOTS = Browser.PROJECT.resolve("target/browser/co-handlers");

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @LocalServerPort int port;
  @Autowired CaseDriver cases;

  @Test
  void theLeadsHandlerSeesItsCoHandlerLateForItsSignFor() throws Exception {
    EngineClock.setTo(LocalDateTime.of(2026, 11, 16, 9, 0));
    String caseNumber = cases.report(Reports.sme("企业诉求：食品经营许可", "食品经营许可证延续迟迟未办"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    EngineClock.advance(Duration.ofMinutes(61));
    cases.runAllDueJobs(caseNumber);

    JsonNode page = open(caseNumber, "zhen.zhuowen");

    assertThat(page.at("/errors").size()).as("script errors: %s", page.at("/errors")).isZero();
    assertThat(page.at("/visible").asBoolean()).isTrue();
    assertThat(page.at("/heading").asText()).isEqualTo("协办时限");
    assertThat(page.at("/coHandlers")).singleElement().satisfies(co -> {
      assertThat(co.at("/department").asText()).isEqualTo("市场监督管理局");
      assertThat(co.at("/status").asText()).isEqualTo("待签收");
      assertThat(co.at("/signForDue").asText()).contains("2026/11/16", "10:00", "已逾期");
      assertThat(co.at("/contributionDue").asText()).contains("2026/11/21").doesNotContain("已逾期");
      assertThat(co.at("/state").asText()).isEqualTo("已逾期");
      assertThat(co.at("/lateCells").toString()).isEqualTo("[2,4]");
    });
    assertThat(page.at("/timeline").toString()).as("the breach in the case's history, in Chinese")
        .contains("超时", "协办部门 市场监督管理局 签收").doesNotContain("SIGN_FOR", "MARKET");
    assertThat(SHOTS.resolve("co-handlers.png")).exists();
  }

  private JsonNode open(String caseNumber, String login) throws Exception {
    return Browser.run(SCRIPT, SHOTS, login, Map.of("BASE_URL", "http://localhost:" + port, "CASE_NUMBER", caseNumber,
        "LOGIN", login, "SCREENSHOTS", SHOTS.toString())).json();
  }
}
