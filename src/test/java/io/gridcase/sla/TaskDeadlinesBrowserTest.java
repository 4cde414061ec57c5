package io.gridcase.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser ({@code src/test/browser/task-deadlines.mjs}): the industry bureau's handler
 * opens the shared filter 即将超时, searches it by case number (the search box's criterion 流程变量
 * caseNumber =), and finds the sign-for task of an SME case due within the hour, named with the
 * case number and title, with its due date. Screenshots in {@code target/browser/}.
 */
@GridcaseTest
@ExtendWith(Browser.Installed.class)
class TaskDeadlinesBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/task-deadlines.mjs");
  static final Path SCREENSHOTS = Browser.PROJECT.resolve("target/browser");
  static final String HANDLER = "zhen.zhuowen";

  @LocalServerPort int port;
  @Autowired CaseDriver cases;

  @Test
  void aHandlerSeesTheCaseDueWithinTheHourInTheDueSoonFilter() throws Exception {
    String title = "企业诉求：厂区停水（浏览器测试）";
    String caseNumber = cases.report(Reports.sme(title, "厂区停水影响生产"));
    String taskId = cases.task(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY").getId();

    Browser.run(SCRIPT, SCREENSHOTS, HANDLER + "-due-soon", Map.of("BASE_URL", "http://localhost:" + port, "LOGIN", HANDLER,
        "PASSWORD", Logins.PASSWORD, "CASE_NUMBER", caseNumber, "TITLE", title, "TASK_ID", taskId,
        "SCREENSHOT_DIR", SCREENSHOTS.toString()));
    assertThat(SCREENSHOTS.resolve(HANDLER + "-due-soon-list.png")).exists();
  }
}
