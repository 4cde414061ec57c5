package io.gridcase.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser ({@code src/test/browser/task-deadlines.mjs}): the industry bureau's handler
 * opens the shared filter 即将超时, searches it by case number (the search box's criterion 流程变量
 * caseNumber =), and finds the sign-for task of an SME case due within the hour, named with the
 * case number and title, with its due date. Screenshots in {@code target/browser/}.
 */
@GridcaseTest
class TaskDeadlinesBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/task-deadlines.mjs");
  static final Path SCREENSHOTS = Browser.PROJECT.resolve("target/browser");
  static final String HANDLER = "zhen.zhuowen";

  @LocalServerPort int port;
  @Autowired CaseDriver cases;

  @BeforeAll
  static void browserIsInstalled() {
    Browser.require();
  }

  @Test
  void aHandlerSeesTheCaseDueWithinTheHourInTheDueSoonFilter() throws Exception {
    String title = "企业诉求：厂区停水（浏览器测试）";
    String caseNumber = cases.report(Reports.sme(title, "厂区停水影响生产"));
    String taskId = cases.task(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY").getId();

    Files.createDirectories(SCREENSHOTS);
    Path log = SCREENSHOTS.resolve(HANDLER + "-due-soon.log");
    var process = new ProcessBuilder("node", SCRIPT.toString())
        .directory(Browser.PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    var env = process.environment();
    env.put("BASE_URL", "http://localhost:" + port);
    env.put("LOGIN", HANDLER);
    env.put("PASSWORD", Logins.PASSWORD);
    env.put("CASE_NUMBER", caseNumber);
    env.put("TITLE", title);
    env.put("TASK_ID", taskId);
    env.put("SCREENSHOT_DIR", SCREENSHOTS.toString());
    env.put("CHROMIUM", Browser.CHROMIUM);
    Process browser = process.start();
    boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      browser.destroyForcibly();
    }
    assertThat(finished && browser.exitValue() == 0)
        .as("%s in Tasklist:%n%s", HANDLER, Files.readString(log, StandardCharsets.UTF_8)).isTrue();
    assertThat(SCREENSHOTS.resolve(HANDLER + "-due-soon-list.png")).exists();
  }
}
