package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.support.Browser;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.HotlineCases;
import io.gridcase.support.Logins;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist in a real browser: Debian's Chromium, headless, driven by playwright-core
 * ({@code src/test/browser/tasklist.mjs}, run by Node) against this test's server. The labour
 * bureau's handler logs in, opens the department's sign-for task from the shared filter 部门待签收,
 * claims it, fills its Camunda Form and completes it; the housing bureau's handler finds no such
 * task. Screenshots go to {@code target/browser/}.
 *
 * <p>Needs {@code chromium} (Debian: {@code apt-get install -y chromium}; another path in
 * {@code GRIDCASE_CHROMIUM}), Node.js and {@code npm ci} (for playwright-core): see {@link Browser}.
 * {@code .ci/run} installs all three and fails the build without them.
 */
@GridcaseTest
@ExtendWith(Browser.Installed.class)
class TasklistBrowserTest {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path SCRIPT = PROJECT.resolve("src/test/browser/tasklist.mjs");
  static final Path SCREENSHOTS = PROJECT.resolve("target/browser");

  @LocalServerPort int port;
  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  @Test
  void aDepartmentHandlerSignsForItsOrderInTasklistAndAnotherDepartmentNeverSeesIt() throws Exception {
    String caseNumber = newHotlineCase();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").taskCandidateGroup("dept-HRSS").singleResult().getId();

    browse("liang.guodong", caseNumber, taskId, "absent");
    browse("chen.zhihua", caseNumber, taskId, "sign-for");

    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").taskCandidateGroup("dept-HRSS").count())
        .as("the sign-for step is done").isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_ProposePlan").taskCandidateGroup("dept-HRSS").count())
        .as("the labour bureau proposes a plan next").isEqualTo(1);
    assertThat(jdbc.sql("select status from case_department where case_number = ? and department = 'HRSS'")
        .param(caseNumber).query(String.class).single()).isEqualTo("SIGNED");
    assertThat(SCREENSHOTS.resolve("chen.zhihua-sign-for-filled.png")).exists();
  }

  private void browse(String user, String caseNumber, String taskId, String mode) throws IOException, InterruptedException {
    Browser.run(SCRIPT, SCREENSHOTS, user + "-" + mode, Map.of("BASE_URL", "http://localhost:" + port, "LOGIN", user,
        "PASSWORD", Logins.PASSWORD, "CASE_NUMBER", caseNumber, "TASK_ID", taskId, "MODE", mode,
        "SCREENSHOT_DIR", SCREENSHOTS.toString()));
  }

  private String newHotlineCase() {
    return HotlineCases.report(anonymous, "工地拖欠工资（浏览器测试）");
  }

}
