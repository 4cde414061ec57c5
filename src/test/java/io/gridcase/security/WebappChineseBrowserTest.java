package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.Browser;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.HotlineCases;
import io.gridcase.support.Logins;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Tasklist, Cockpit, Admin and Welcome speak Chinese to people whose browser asks for English
 * (en-US), and never show Camunda's "migrate to Camunda 8" banner: Debian's Chromium, headless,
 * driven by playwright-core ({@code src/test/browser/webapps.mjs}) against this test's server.
 * Screenshots go to {@code target/browser/zh-*.png}.
 *
 * <p>Needs {@code chromium}, Node.js and {@code npm ci}: see {@link Browser}.
 */
@GridcaseTest
@ExtendWith(Browser.Installed.class)
class WebappChineseBrowserTest {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path SCRIPT = PROJECT.resolve("src/test/browser/webapps.mjs");
  static final Path SCREENSHOTS = PROJECT.resolve("target/browser");
  /** Camunda's English for what the pages below show in Chinese. */
  static final List<String> ENGLISH = List.of("Log in", "Claim", "Complete", "Filter Tasks", "Start process",
      "Field is required", "Select", "Running Process Instances", "Processes", "Decisions", "Users", "Groups",
      "Authorizations", "Camunda 8", "migrat");

  @LocalServerPort int port;
  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;

  @Test
  void aDepartmentHandlerClaimsAndCompletesInChinese() throws Exception {
    String caseNumber = newHotlineCase();
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").taskCandidateGroup("dept-HRSS").singleResult().getId();

    JsonNode seen = browse("tasklist", "chen.zhihua", Logins.PASSWORD, Map.of("TASK_ID", taskId));

    assertThat(seen.at("/pages/login/button").asText()).isEqualTo("登录");
    assertThat(seen.at("/pages/login/username").asText()).isEqualTo("用户名");
    assertThat(seen.at("/pages/list/search").asText()).as("the task list's search box").isEqualTo("筛选任务");
    assertThat(seen.at("/pages/list/startProcess").asText()).isEqualTo("发起流程");
    assertThat(seen.at("/pages/task/claim").asText()).isEqualTo("认领");
    assertThat(texts(seen.at("/pages/task/tabs"))).containsExactly("表单", "历史", "流程图", "描述");
    assertThat(seen.at("/pages/claimed/complete").asText()).isEqualTo("完成");
    assertThat(seen.at("/pages/claimed/save").asText()).isEqualTo("保存");
    assertThat(seen.at("/pages/claimed/reasonShows").asText()).as("an empty select of the Camunda Form").isEqualTo("请选择");
    assertThat(seen.at("/pages/required/reasonError").asText()).as("form-js' required message").isEqualTo("此项为必填项。");
    // the task has its due date (its stage's deadline), so Tasklist shows it instead of offering to set one
    assertThat(seen.at("/pages/required/text").asText()).contains("设置跟进日期", "添加备注").doesNotContain("设置到期日期");
    assertChineseOnly(seen, "login", "list", "task", "claimed", "required");
  }

  @Test
  void aSupervisorSeesCockpitAndTheWelcomePageInChinese() throws Exception {
    JsonNode seen = browse("cockpit", "ou.weixiong", Logins.PASSWORD, Map.of());

    assertThat(seen.at("/pages/login/button").asText()).isEqualTo("登录");
    assertThat(seen.at("/pages/dashboard/text").asText())
        .contains("流程", "决策", "人工任务", "运行中的流程实例", "未解决的故障", "未完成的人工任务", "流程定义", "决策定义");
    assertThat(seen.at("/pages/processes/text").asText()).contains("个流程定义已部署", "案件全流程 Case lifecycle");
    assertThat(texts(seen.at("/pages/processes/columns"))).contains("状态", "故障", "运行中的实例", "名称");
    assertThat(seen.at("/pages/welcome/text").asText()).contains("应用", "流程监控", "任务列表", "链接", "督办看板", "个人资料");
    assertChineseOnly(seen, "login", "dashboard", "processes", "welcome");
  }

  @Test
  void theAdministratorSeesAdminInChinese() throws Exception {
    JsonNode seen = browse("admin", "demo", "demo", Map.of());

    assertThat(seen.at("/pages/dashboard/text").asText())
        .contains("用户", "用户组", "租户", "授权", "系统", "新建用户", "用户列表");
    assertThat(seen.at("/pages/users/text").asText()).contains("用户列表", "添加用户", "chen.zhihua");
    assertThat(texts(seen.at("/pages/users/columns"))).contains("电子邮件", "操作");
    assertChineseOnly(seen, "login", "dashboard", "users");
  }

  @Test
  void camundasEnglishStartPageLeadsToTheWelcomeApp() {
    var page = anonymous.getForEntity("/camunda-welcome/index.html", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("url=/camunda/app/welcome/default/").doesNotContain("Camunda 8", "demo / demo");
  }

  private static void assertChineseOnly(JsonNode seen, String... pages) {
    assertThat(seen.at("/navigatorLanguages/0").asText()).as("the browser asks for English").isEqualTo("en-US");
    for (String name : pages) {
      JsonNode page = seen.at("/pages/" + name);
      assertThat(page.at("/bannerInPage").asInt()).as("%s: Camunda renders its banner", name).isPositive();
      assertThat(page.at("/bannerShown").asBoolean()).as("%s: the Camunda 8 banner is hidden", name).isFalse();
      String text = page.at("/text").asText();
      for (String english : ENGLISH) {
        assertThat(text).as("%s shows Camunda's English", name).doesNotContainPattern("\\b" + english + "\\b");
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.asText().strip()).toList();
  }

  private JsonNode browse(String app, String user, String password, Map<String, String> more) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "APP", app, "LOGIN", user,
        "PASSWORD", password, "SCREENSHOT_DIR", SCREENSHOTS.toString()));
    env.putAll(more);
    return Browser.run(SCRIPT, SCREENSHOTS, "zh-" + app, env).json();
  }

  private String newHotlineCase() {
    return HotlineCases.report(anonymous, "工地拖欠工资（界面语言测试）");
  }

}
