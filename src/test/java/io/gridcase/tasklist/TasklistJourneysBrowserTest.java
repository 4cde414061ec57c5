package io.gridcase.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.intake.Channel;
import io.gridcase.signals.WeakSignals;
import io.gridcase.support.Browser;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each person's work in Tasklist, in Debian's headless Chromium ({@code src/test/browser/journey.mjs}):
 * the department handler signs for, plans and reports; the co-handler contributes; the town center
 * re-dispatches a rejected order, dispatches what no rule routes and reviews a weak signal; the
 * intake clerk triages what the rules could not; a supervisor arbitrates a rejected order and
 * supervises an overdue case; the grid worker settles a case on the spot; the revisit clerk calls
 * the reporter. Each checks on screen what the person
 * needs for the step (case number, address, deadline, names, the other departments' work) in the
 * case summary above the form. What leads up to a step is done through the engine, as in the
 * process tests. Screenshots in {@code target/browser/}.
 */
@GridcaseTest
@ExtendWith({Browser.Installed.class, EngineClock.Reset.class})
class TasklistJourneysBrowserTest {

  static final Path SCRIPT = Browser.PROJECT.resolve("src/test/browser/journey.mjs");
  static final Path SCREENSHOTS = Browser.PROJECT.resolve("target/browser");
  static final String ADDRESS = "蓬江区丰乐路 88 号";
  static final ObjectMapper JSON = new ObjectMapper();
  /** A working day no other test reports on, for the journeys that move the engine clock. */
  static final LocalDateTime QUIET_TUESDAY = LocalDateTime.of(2026, 5, 12, 9, 0);

  @LocalServerPort int port;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDeadlines deadlines;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate anonymous;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired CaseJournal journal;
  @Autowired WeakSignals weakSignals;

  @Test
  void theLeadDepartmentSignsForPlansAndReportsWhileTheCoHandlerContributes() throws Exception {
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资（浏览器）", "丰乐路工地拖欠 12 名工人三个月工资"));

    journey("handler-sign-for", "chen.zhihua", task(caseNumber, "UserTask_SignForOrder", "dept-HRSS"),
        List.of(caseNumber, ADDRESS, "签收回复 截止", "剩余"),
        List.of(Map.of("click", "签收 Accept")));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-JUSTICE", "lin.suzhen", Map.of("orderDecision", "ACCEPT"));
    journey("handler-plan", "chen.zhihua", task(caseNumber, "UserTask_ProposePlan", "dept-HRSS"),
        List.of(caseNumber, ADDRESS, "提出方案 截止"),
        List.of(Map.of("fill", "处置方案 Plan", "text", "约谈施工方，三日内结清欠薪")));
    journey("co-handler-contribution", "lin.suzhen", task(caseNumber, "UserTask_ReportContribution", "dept-JUSTICE"),
        List.of(caseNumber, ADDRESS, "约谈施工方，三日内结清欠薪"),
        List.of(Map.of("fill", "协办情况 Contribution", "text", "司法所为工人提供法律援助")));
    journey("handler-result", "chen.zhihua", task(caseNumber, "UserTask_ReportResult", "dept-HRSS"),
        List.of(caseNumber, ADDRESS, "办结 截止", "司法所为工人提供法律援助"),
        List.of(Map.of("choose", "处置结果 Outcome", "option", "已解决 Resolved"),
            Map.of("fill", "处置情况 Result summary", "text", "12 名工人工资已全部结清")));

    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(jdbc.sql("select status from case_department where case_number = ? order by department")
        .param(caseNumber).query(String.class).list()).containsExactly("DONE", "DONE");
  }

  @Test
  void theRevisitClerkSeesTheReporterToCallAndAnUnsatisfiedCallReopensTheCase() throws Exception {
    String caseNumber = cases.report(Reports.hotline("路边违停（浏览器）", "小区门口车辆长期违停占用车道"));
    cases.settledAndDueForRevisit(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", "已拖离违停车辆");

    journey("revisit-clerk", "ye.wanting", task(caseNumber, "UserTask_RevisitReporter", "revisit"),
        List.of(caseNumber, ADDRESS, "王芳", "13800138000", "已拖离违停车辆"),
        List.of(Map.of("click", "不满意 Unsatisfied"), Map.of("fill", "回访记录 Revisit note", "text", "车辆第二天又停回来了")));

    assertThat(records.get(caseNumber).reopenCount()).isEqualTo(1);
    // the department's next round shows that it is one, and why
    journey("handler-reopened", "deng.zhigang", task(caseNumber, "UserTask_SignForOrder", "dept-TRAFFIC_POLICE"),
        List.of(caseNumber, "重办", "车辆第二天又停回来了", "已拖离违停车辆"),
        List.of(Map.of("click", "签收 Accept")));
  }

  @Test
  void theTownCenterSeesTheExtensionAskedForInDaysAndApprovesIt() throws Exception {
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资（延期）", "丰乐路工地拖欠工资"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua", Map.of("orderDecision", "ACCEPT"));
    var asked = Logins.as(anonymous, "chen.zhihua").postForEntity("/api/cases/" + caseNumber + "/extensions",
        new org.springframework.http.HttpEntity<>(Map.of("stage", "PLAN", "extendBy", "P2D", "reason", "需协调施工方和劳务公司")),
        String.class);
    assertThat(asked.getStatusCode().is2xxSuccessful()).as(asked.getBody()).isTrue();
    var planDueBefore = deadlines.current(caseNumber, Stage.PLAN).orElseThrow().dueAt();
    String decide = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_DecideExtension").singleResult().getId();

    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", "center-extension");
    journey.put("login", "zhao.min");
    journey.put("taskId", decide);
    journey.put("steps", List.of(Map.of("click", "同意 Approve"), Map.of("fill", "审批意见 Decision note", "text", "同意延期两天")));
    journey.put("see", List.of(caseNumber, ADDRESS, "申请延期", "需协调施工方和劳务公司", "陈志华"));
    journey.put("seeInForm", List.of("2天", "陈志华"));
    journey.put("notInForm", List.of("P2D", "chen.zhihua"));
    String output = run(journey);

    assertThat(output).as("people by name, channels in Chinese, in the summary and the form")
        .doesNotContain("P2D", "chen.zhihua", "HOTLINE_12345");
    assertThat(deadlines.current(caseNumber, Stage.PLAN).orElseThrow().dueAt()).as("the approved extension moved the plan deadline")
        .isAfter(planDueBefore);
  }

  @Test
  void theTownCenterRedispatchesARejectedOrderKnowingWhyItWasRejected() throws Exception {
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资（改派）", "丰乐路工地拖欠工资"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua",
        Map.of("orderDecision", "REJECT", "rejectionReason", "NOT_OUR_DUTY", "rejectionNote", "系房屋租赁纠纷"));

    String output = journey("center-redispatch", "zhao.min", task(caseNumber, "UserTask_RedispatchOrder", Reports.TOWN_CENTER),
        List.of(caseNumber, ADDRESS, "退单", "非本部门职责", "系房屋租赁纠纷"),
        List.of(Map.of("choose", "承办部门 Department", "option", "人力资源和社会保障局"),
            Map.of("refusedAt", "承办部门 Department"),
            Map.of("reopen", "task"),
            Map.of("choose", "承办部门 Department", "option", "住房和城乡建设局"),
            Map.of("fill", "改派说明 Redispatch note", "text", "转住建局处理")));

    assertThat(output).as("the refusal names the department as people do")
        .contains("refused next to 承办部门 Department", "人力资源和社会保障局 已退回此工单")
        .doesNotContain("HRSS 已退回");
    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("HOUSING");
  }

  @Test
  void theTownCenterDispatchesWhatNoRuleRoutes() throws Exception {
    String caseNumber = cases.report(Reports.report(Channel.HOTLINE_12345, "OTHER", "独居老人求助（浏览器）", "独居老人生活困难", null));
    cases.complete(caseNumber, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan", Map.of("category", "OTHER"));

    journey("center-dispatch", "zhao.min", task(caseNumber, "UserTask_DispatchCaseManually", Reports.TOWN_CENTER),
        List.of(caseNumber, ADDRESS, "独居老人求助（浏览器）"),
        List.of(Map.of("choose", "主办部门 Lead department", "option", "民政局")));

    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("CIVIL_AFFAIRS");
  }

  @Test
  void theGridWorkerSettlesACaseOnTheSpot() throws Exception {
    String caseNumber = cases.report(Reports.report(Channel.GRID_REPORT, null, "邻里噪音纠纷（浏览器）", "楼上深夜装修", null));

    journey("grid-worker-on-the-spot", Reports.GRID_WORKER, task(caseNumber, "UserTask_ResolveOnTheSpot", Reports.TOWN_CENTER),
        List.of(caseNumber, ADDRESS, "邻里噪音纠纷（浏览器）"),
        List.of(Map.of("click", "已就地化解 Resolved on the spot"),
            Map.of("choose", "处置结果 Outcome", "option", "已解决 Resolved"),
            Map.of("fill", "处置情况 Result summary", "text", "上门调解，双方达成协议")));

    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
  }

  @Test
  void theIntakeClerkTriagesWhatTheRulesCouldNotAndTheCaseGoesToTheDepartmentOfThatCategory() throws Exception {
    String caseNumber = cases.report(Reports.report(Channel.HOTLINE_12345, "OTHER", "独居老人求助（研判）", "独居老人生活困难", null));

    journey("intake-clerk-triage", "luo.xiaoyan", task(caseNumber, "UserTask_TriageCaseManually", "intake"),
        List.of(caseNumber, ADDRESS, "独居老人求助（研判）", "12345", "王芳"),
        List.of(Map.of("choose", "类别 Category", "option", "困难群体帮扶"),
            Map.of("fill", "研判说明 Triage note", "text", "独居老人生活帮扶，转民政局")));

    assertThat(records.get(caseNumber).category()).isEqualTo("VULNERABLE_ASSISTANCE");
    assertThat(records.get(caseNumber).leadDepartment()).as("the rules route the category").isEqualTo("CIVIL_AFFAIRS");
    assertThat(cases.task(caseNumber, "UserTask_SignForOrder", "dept-CIVIL_AFFAIRS")).isNotNull();
  }

  @Test
  void aSupervisorArbitratesARejectedOrderKnowingWhoRejectedItAndWhy() throws Exception {
    // urgent: a supervisor arbitrates from the first rejection (rejection-policy.dmn)
    String caseNumber = cases.report(Reports.hotline("高空抛物（裁定）", "楼上住户高空抛物砸到车辆"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-POLICE", "wang.jianjun",
        Map.of("orderDecision", "REJECT", "rejectionReason", "OTHER", "rejectionNote", "系物业管理问题，应由城管处理"));

    journey("supervisor-arbitrate", "ou.weixiong", task(caseNumber, "UserTask_ArbitrateOrder", "supervisors"),
        List.of(caseNumber, ADDRESS, "高空抛物（裁定）", "公安局（主办）退单", "原因：其他", "系物业管理问题，应由城管处理"),
        List.of(Map.of("choose", "裁定承办部门", "option", "城市管理和综合执法局"),
            Map.of("fill", "裁定意见 Arbitration note", "text", "城管牵头处理，公安配合取证")));

    assertThat(records.get(caseNumber).leadDepartment()).isEqualTo("URBAN_MGMT");
    BpmnAwareTests.assertThat(cases.order(caseNumber, "URBAN_MGMT")).as("arbitration binds: no signing for again")
        .isWaitingAt("UserTask_ProposePlan");
    assertThat(journal.events(caseNumber)).last().returns(CaseAction.ARBITRATED, CaseEvent::action)
        .returns("ou.weixiong", CaseEvent::actor);
  }

  @Test
  void aSupervisorSeesHowFarACaseIsOverdueRecordsTheSupervisionAndUrgesTheDepartment() throws Exception {
    EngineClock.setTo(QUIET_TUESDAY);
    String caseNumber = cases.report(Reports.sme("企业诉求：厂区断水（督办）", "厂区断水两天影响生产"));
    EngineClock.advance(Duration.ofMinutes(61));
    cases.runAllDueJobs(caseNumber);

    String output = journey("supervisor-overdue", "ou.weixiong", task(caseNumber, "UserTask_SuperviseCase", "supervisors"),
        List.of(caseNumber, ADDRESS, "企业诉求：厂区断水（督办）", "签收回复 截止", "已超时", "工业和信息化局"),
        List.of(Map.of("fill", "督办意见 Supervision note", "text", "工信局超时未签收，已电话督促"),
            Map.of("check", "催办办理部门")));

    assertThat(output).contains("2026/05/12 10:00").as("the journal in words, not codes").doesNotContain("SME_PLATFORM", "due 2026");
    assertThat(journal.events(caseNumber)).extracting(CaseEvent::action)
        .containsSubsequence(CaseAction.DEADLINE_MISSED, CaseAction.SUPERVISED, CaseAction.URGED);
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.SUPERVISED)
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("工信局超时未签收"));
  }

  @Test
  void theTownCenterReviewsAWeakSignalSeeingTheCasesBehindIt() throws Exception {
    EngineClock.setTo(QUIET_TUESDAY.plusDays(7).withHour(6));
    List<String> floods = new java.util.ArrayList<>();
    for (String street : List.of("丰乐路口积水", "丰乐市场门口积水", "丰乐小学门口积水过膝")) {
      floods.add(cases.report(Reports.report(Channel.HOTLINE_12345, "ROAD_FLOODING", street, street + "，影响通行", null)));
      EngineClock.advance(Duration.ofHours(1));
    }
    var alert = weakSignals.alerts("ROAD_FLOODING", Reports.GRID).get(0);
    String review = engine.getTaskService().createTaskQuery().processDefinitionKey(io.gridcase.engine.WeakSignalAlertProcess.ID)
        .processInstanceBusinessKey("WS-" + alert.id()).taskCandidateGroup(Reports.TOWN_CENTER).singleResult().getId();

    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", "center-weak-signal");
    journey.put("login", "zhao.min");
    journey.put("taskId", review);
    journey.put("noCase", true);
    var see = new java.util.ArrayList<>(List.of("路面积水", "丰乐社区第一网格", "6小时"));
    see.addAll(floods);
    journey.put("see", see);
    journey.put("notInForm", List.of("ROAD_FLOODING", "PT6H", Reports.GRID));
    journey.put("steps", List.of(Map.of("click", "有共同原因，已处置"),
        Map.of("fill", "处置说明 Note", "text", "丰乐路排水口堵塞，已清理")));
    run(journey);

    assertThat(jdbc.sql("select reviewed_by || ':' || finding from weak_signal_alert where id = ?")
        .param(alert.id()).query(String.class).single()).isEqualTo("zhao.min:COMMON_CAUSE");
  }

  @Test
  void theIntakeClerkReportsACaseByPickingTheGridAndIsToldItsNumber() throws Exception {
    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", "intake-clerk-report");
    journey.put("login", "luo.xiaoyan");
    journey.put("processName", "案件全流程");
    journey.put("errorFirst", true);
    journey.put("see", List.of("已登记案件"));
    journey.put("steps", List.of(
        Map.of("choose", "来源渠道 Channel", "option", "信访超市窗口"),
        Map.of("fill", "标题 Title", "text", "楼顶加建铁皮房（浏览器）"),
        Map.of("fill", "诉求内容 Description", "text", "楼顶加建铁皮房，疑似违建"),
        Map.of("fill", "地址 Address", "text", "篁庄村 3 巷 5 号"),
        Map.of("fill", "报告人姓名 Reporter name", "text", "李明"),
        Map.of("fill", "联系电话 Phone", "text", "13900139000"),
        Map.of("grid", List.of("蓬江区", "环市街道", "篁庄村", "篁庄村第二网格"))));

    String output = run(journey);

    var number = java.util.regex.Pattern.compile("CASE_NUMBER=(GC\\d+)").matcher(output);
    assertThat(number.find()).as(output).isTrue();
    var record = records.get(number.group(1));
    assertThat(record.title()).isEqualTo("楼顶加建铁皮房（浏览器）");
    assertThat(record.place().gridCode()).isEqualTo("JM-PJ-HUANSHI-02-02");
  }

  /** ADR 19: the clerk sees the open case nearby, names herself first (refused at the field), then the master. */
  @Test
  void theIntakeClerkLinksADuplicateToTheOpenCaseItRepeats() throws Exception {
    String master = cases.report(Reports.hotline("路边违停（重复件）", "小区门口车辆长期违停占用车道"));
    String duplicate = cases.report(Reports.report(Channel.HOTLINE_12345, "OTHER", "门口又被堵了（重复件）", "门口车辆挡路", null));

    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", "intake-clerk-duplicate");
    journey.put("login", "luo.xiaoyan");
    journey.put("taskId", task(duplicate, "UserTask_TriageCaseManually", "intake"));
    journey.put("see", List.of(duplicate, ADDRESS));
    journey.put("seeInForm", List.of("疑似重复件 Possible duplicates", master, "路边违停（重复件）"));
    journey.put("steps", List.of(
        Map.of("choose", "类别 Category", "option", "违停"),
        Map.of("click", "重复件 Duplicate of an open case"),
        Map.of("fill", "主件案件编号 Master case number", "text", duplicate),
        Map.of("refusedAt", "主件案件编号 Master case number"),
        Map.of("reopen", "task"),
        Map.of("choose", "类别 Category", "option", "违停"),
        Map.of("click", "重复件 Duplicate of an open case"),
        Map.of("fill", "主件案件编号 Master case number", "text", master)));
    String output = run(journey);

    assertThat(output).contains("refused next to 主件案件编号 Master case number", "不能是自己的重复件");
    assertThat(records.get(duplicate).outcome()).isEqualTo("DUPLICATE");
    assertThat(records.get(duplicate).status()).isEqualTo(io.gridcase.casefile.CaseStatus.CLOSED);
    assertThat(journal.events(master)).extracting(CaseEvent::action).contains(CaseAction.DUPLICATE_LINKED);
  }

  @Test
  void theLeadSeesALateCoHandlerWithItsOwnDeadlineAboveItsResultForm() throws Exception {
    EngineClock.setTo(QUIET_TUESDAY.plusDays(21));
    String caseNumber = cases.report(Reports.sme("企业诉求：质检报告（协办逾期）", "产品质检报告迟迟未出"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-MARKET", "huang.xiaoling", Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-INDUSTRY", "zhen.zhuowen", Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-INDUSTRY", "zhen.zhuowen", Map.of("plan", "督促质检机构出具报告"));
    EngineClock.advance(Duration.ofDays(5).plusMinutes(1)); // the market regulator's five days pass
    cases.runAllDueJobs(caseNumber);

    journey("lead-sees-late-co-handler", "zhen.zhuowen", task(caseNumber, "UserTask_ReportResult", "dept-INDUSTRY"),
        List.of(caseNumber, "协办时限", "市场监督管理局", "时限 2026/06/07 09:00", "已逾期"),
        List.of(Map.of("choose", "处置结果 Outcome", "option", "已解决 Resolved"),
            Map.of("fill", "处置情况 Result summary", "text", "质检报告已出具")));
  }

  /**
   * The village's people's mediator (ADR 27): a grid worker's neighbour dispute they could not settle
   * on the spot reaches the town's mediators of 邻里纠纷. The mediator sees the case number, the address
   * and the mediation's deadline, opens the case page (they may read it while the task is theirs, the
   * reporter's phone in full to call the parties), and records 调解成功 with the agreement's terms;
   * the feedback to the reporter follows, and the case page is closed to them again.
   */
  @Test
  void theVillageMediatorSeesTheDisputeOpensTheCasePageAndRecordsTheAgreement() throws Exception {
    String caseNumber = cases.report(Reports.report(Channel.GRID_REPORT, null, "邻里纠纷：空调滴水（浏览器）",
        "楼上空调外机滴水到楼下阳台，双方争吵", Reports.REPORTER_EMAIL));
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", Reports.TOWN_CENTER, Reports.GRID_WORKER,
        Map.of("resolvedOnTheSpot", false, "resultSummary", "网格员劝解无果，转人民调解"));
    var village = cases.task(caseNumber, "UserTask_MediateDispute", "mediators-JM-PJ-HUANSHI-NEIGHBOUR");
    String due = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(village.getDueDate().toInstant().atZone(EngineClock.CHINA));

    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", "village-mediator");
    journey.put("login", "mo.tiaojie");
    journey.put("taskId", village.getId());
    journey.put("see", List.of(caseNumber, ADDRESS, "网格员劝解无果，转人民调解", "进入调解", "人民调解，期限至 " + due));
    journey.put("seeOnPage", List.of("到期 15 天后", "环市街道人民调解员·邻里纠纷"));
    journey.put("casePage", List.of(caseNumber, ADDRESS, "调解中", "13800138000"));
    journey.put("steps", List.of(
        Map.of("choose", "调解结果 Outcome", "option", "调解成功 Settled"),
        Map.of("fill", "调解协议内容 Agreement terms", "text", "楼上三日内加装接水管，赔偿楼下 500 元")));
    run(journey);

    assertThat(records.get(caseNumber).outcome()).isEqualTo("RESOLVED");
    assertThat(records.get(caseNumber).resultSummary()).isEqualTo("人民调解调解成功：楼上三日内加装接水管，赔偿楼下 500 元");
    BpmnAwareTests.assertThat(cases.lifecycle(caseNumber)).isWaitingAt("Task_SendFeedbackMail");
    assertThat(Logins.as(anonymous, "mo.tiaojie").getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode().value())
        .as("the task done, the case is closed to the mediator").isEqualTo(403);
  }

  private String task(String caseNumber, String taskKey, String group) {
    return cases.task(caseNumber, taskKey, group).getId();
  }

  /** Runs one journey in the browser; answers what it printed. */
  String journey(String name, String login, String taskId, List<String> see, List<Map<String, String>> steps)
      throws Exception {
    var journey = new java.util.LinkedHashMap<String, Object>();
    journey.put("name", name);
    journey.put("login", login);
    if (taskId != null) {
      journey.put("taskId", taskId);
    }
    journey.put("see", see);
    journey.put("steps", steps);
    return run(journey);
  }

  String run(Map<String, Object> journey) throws Exception {
    return Browser.run(SCRIPT, SCREENSHOTS, String.valueOf(journey.get("name")), Map.of("BASE_URL", "http://localhost:" + port,
        "PASSWORD", Logins.PASSWORD, "SCREENSHOT_DIR", SCREENSHOTS.toString(), "JOURNEY", JSON.writeValueAsString(journey)))
        .text();
  }
}
