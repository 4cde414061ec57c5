package io.gridcase.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.petitions.PetitionProcedureTest;
import io.gridcase.petitions.Petitions;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A petition's forms as the petition office uses them (ADR 23, 28), in Debian's headless Chromium
 * ({@code src/test/browser/journey.mjs}, {@code petition-case-page.mjs}): the clerk sees the
 * acceptance task with the case number, the petitioner's address and request and the 15-day limit,
 * and accepts; after the department's handling the clerk classes the outcome in the opinion form;
 * records the petitioner's review request in Tasklist; the case page shows the petition with its
 * limits and class. Screenshots in {@code target/browser/}.
 */
@GridcaseTest
@ExtendWith({Browser.Installed.class, EngineClock.Reset.class})
class PetitionFormsBrowserTest {

  static final Path JOURNEY = Browser.PROJECT.resolve("src/test/browser/journey.mjs");
  static final Path CASE_PAGE = Browser.PROJECT.resolve("src/test/browser/petition-case-page.mjs");
  static final Path SCREENSHOTS = Browser.PROJECT.resolve("target/browser");
  static final ObjectMapper JSON = new ObjectMapper();
  /** A Monday no other test reports on. */
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 4, 6, 9, 0);
  static final String CLERK = "mo.xiaofang";
  static final String OFFICE = PetitionProcess.PETITION_OFFICE;

  @LocalServerPort int port;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired Petitions petitions;
  @Autowired ProcessEngine engine;

  @Test
  void theOfficeAcceptsClassesTheOutcomeRecordsAReviewRequestAndTheCasePageShowsThePetition() throws Exception {
    EngineClock.setTo(RECEIVED);
    String caseNumber = cases.report(PetitionProcedureTest.petition("征地补偿款未发放（浏览器）", "村里征地补偿款两年未发放，要求足额发放",
        null));

    journey("petition-acceptance", task(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE),
        List.of(caseNumber, "蓬江区丰乐路 88 号", "受理审查 截止 2026/04/21 09:00"),
        List.of("村里征地补偿款两年未发放，要求足额发放", caseNumber),
        List.of(Map.of("click", "予以受理 Accept"), Map.of("fill", "告知说明 Note for the notice", "text", "已交区人社局办理")));
    assertThat(petitions.get(caseNumber).accepted()).isTrue();

    EngineClock.advance(Duration.ofDays(20));
    String lead = records.get(caseNumber).leadDepartment();
    String handler = engine.getIdentityService().createUserQuery().memberOfGroup("dept-" + lead).list().get(0).getId();
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-" + lead, handler, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-" + lead, handler, Map.of("plan", "核查补偿发放"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-" + lead, handler,
        Map.of("outcome", "RESOLVED", "resultSummary", "补偿款已足额发放到户"));

    journey("petition-opinion", task(caseNumber, PetitionProcess.ISSUE_OPINION, OFFICE),
        List.of(caseNumber, "已受理", "办结期限 2026/06/05 09:00（自受理之日起）"),
        List.of("补偿款已足额发放到户", "处理结论 Outcome class", "诉求合理的依法解决 Reasonable: solved by law"),
        List.of(Map.of("click", "诉求合理的依法解决 Reasonable: solved by law"),
            Map.of("fill", "处理意见 Opinion", "text", "经核查，补偿款已足额发放，诉求合理，已依法解决。")));
    assertThat(petitions.get(caseNumber).outcomeClass()).isEqualTo("REASONABLE");

    journey("petition-review-request", task(caseNumber, PetitionProcess.RECORD_REVIEW_REQUEST, OFFICE),
        List.of(caseNumber, "处理结论：诉求合理的依法解决", "可申请复查至"),
        List.of("诉求合理的依法解决：经核查，补偿款已足额发放", "复查理由 Reason for the review"),
        List.of(Map.of("fill", "复查理由 Reason for the review", "text", "信访人称仍有一户未发放")));
    assertThat(petitions.get(caseNumber).reviewRequestedAt()).isNotNull();

    String page = casePage(caseNumber);
    assertThat(page).contains("信访事项", "受理决定 予以受理", "办结期限（自受理之日起）", "2026/6/5",
        "处理结论 诉求合理的依法解决", "复查中", "信访事项受理告知书", "信访事项处理意见书");
  }

  private String task(String caseNumber, String taskKey, String group) {
    return cases.task(caseNumber, taskKey, group).getId();
  }

  private String journey(String name, String taskId, List<String> see, List<String> seeInForm,
      List<Map<String, String>> steps) throws Exception {
    var journey = new LinkedHashMap<String, Object>();
    journey.put("name", name);
    journey.put("login", CLERK);
    journey.put("taskId", taskId);
    journey.put("see", see);
    journey.put("seeInForm", seeInForm);
    journey.put("steps", steps);
    return node(JOURNEY, name, Map.of("JOURNEY", JSON.writeValueAsString(journey)));
  }

  private String casePage(String caseNumber) throws Exception {
    return node(CASE_PAGE, "petition-case-page", Map.of("LOGIN", CLERK, "CASE_NUMBER", caseNumber));
  }

  private String node(Path script, String name, Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>(
        Map.of("BASE_URL", "http://localhost:" + port, "PASSWORD", Logins.PASSWORD, "SCREENSHOT_DIR", SCREENSHOTS.toString()));
    env.putAll(extra);
    return Browser.run(script, SCREENSHOTS, name, env).text();
  }
}
