package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.dispatch.OrderMails;
import io.gridcase.handling.FeedbackMails;
import io.gridcase.intake.Channel;
import io.gridcase.sla.DeadlineMails;
import io.gridcase.sla.Stage;
import io.gridcase.supervision.UrgingMails;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Inbox;
import io.gridcase.support.Reports;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each mail of a case's lifecycle: what it says (case number, title, stage, deadline in Beijing
 * time, the Tasklist link) and who gets it, delivered through a real SMTP exchange. Each
 * capability sends its own mails ({@link DeadlineMails}, {@link OrderMails}, {@link UrgingMails},
 * {@link FeedbackMails}) through the shared {@link CaseMails} and {@link MailOutbox}.
 */
@GridcaseTest
class NotificationsTest {

  /** 2026-03-02 01:30 UTC is 09:30 in Beijing. */
  private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 3, 2, 1, 30, 0, 0, ZoneOffset.UTC);
  private static final String DUE_IN_BEIJING = "2026-03-02 09:30";
  private static final String REPORTER_PHONE = "13800138000";

  private final Inbox inbox = new Inbox();

  @Autowired CaseMails mails;
  @Autowired DeadlineMails deadlineMails;
  @Autowired UrgingMails urgingMails;
  @Autowired FeedbackMails feedbackMails;
  @Autowired MailOutbox outbox;
  @Autowired CaseDriver cases;
  @Autowired TaskService tasks;
  @Autowired PlatformTransactionManager transactions;

  private String caseNumber;

  @BeforeEach
  void reportAWageArrearsCase() {
    inbox.start();
    caseNumber = cases.report(Reports.hotline("工地拖欠工资", "丰乐路工地老板拖欠 12 名工人工资"));
    // the department's handler took the sign-for task: the case is now held by HRSS and by him
    var signFor = cases.task(caseNumber, "UserTask_SignForOrder", "dept-HRSS");
    tasks.claim(signFor.getId(), "chen.zhihua");
  }

  @AfterEach
  void stopSmtp() {
    inbox.stop();
  }

  @Test
  void aDispatchedOrderGoesToEachDepartmentsMailboxWithoutTheReportersContacts() {
    MimeMessage order = only("hrss@gridcase.local", caseNumber);
    assertThat(Inbox.subject(order)).contains(caseNumber, "工地拖欠工资");
    assertThat(Inbox.body(order))
        .contains(caseNumber, "人力资源和社会保障局", "主办", "丰乐路工地老板拖欠", tasklistLink())
        .doesNotContain(REPORTER_PHONE, Reports.REPORTER_EMAIL, "王芳");
    assertThat(Inbox.body(only("justice@gridcase.local", caseNumber))).contains("协办");
    assertThat(kinds()).containsOnly(MailKind.ORDER_DISPATCHED);
  }

  @Test
  void aReminderGoesToWhoeverHoldsTheCase() {
    inEngineTransaction(() -> deadlineMails.deadlineReminder(caseNumber, Stage.ACCEPT, DUE));

    OutboxEntry reminder = entry(MailKind.DEADLINE_REMINDER);
    assertThat(reminder.recipients()).containsExactly("hrss@gridcase.local", "chen.zhihua@gridcase.local");
    assertThat(reminder.subject()).contains(caseNumber, "签收回复", DUE_IN_BEIJING);
    assertThat(reminder.body()).contains(caseNumber, "工地拖欠工资", "签收回复", DUE_IN_BEIJING, tasklistLink())
        .doesNotContain(REPORTER_PHONE);
    assertThat(Inbox.subject(only("chen.zhihua@gridcase.local", "时限将至"))).contains(caseNumber);
    only("hrss@gridcase.local", "时限将至");
  }

  @Test
  void aMissedDeadlineGoesToTheSupervisors() {
    inEngineTransaction(() -> deadlineMails.deadlineMissed(caseNumber, Stage.PLAN, DUE));

    OutboxEntry missed = entry(MailKind.DEADLINE_MISSED);
    assertThat(missed.recipients()).contains("ou.weixiong@gridcase.local").doesNotContain("hrss@gridcase.local");
    assertThat(missed.body()).contains(caseNumber, "提出方案", DUE_IN_BEIJING, "人力资源和社会保障局", tasklistLink());
    assertThat(Inbox.body(only("ou.weixiong@gridcase.local", "超期"))).contains(caseNumber);
  }

  @Test
  void anEscalationGoesOneLevelUp() {
    inEngineTransaction(() -> deadlineMails.escalated(caseNumber, Stage.DONE, DUE, "center-JM-PJ-BAISHA"));

    OutboxEntry escalated = entry(MailKind.ESCALATED);
    assertThat(escalated.recipients()).containsExactly("zhong.xiaodong@gridcase.local");
    assertThat(escalated.subject()).contains(caseNumber, "办结", DUE_IN_BEIJING);
    assertThat(escalated.body()).contains("三倍", tasklistLink());
    only("zhong.xiaodong@gridcase.local", "升级督办");
  }

  @Test
  void anApprovedExtensionIsToldToTheHoldersAndTheReporter() {
    OffsetDateTime extended = DUE.plusDays(5);
    inEngineTransaction(() -> deadlineMails.extensionDecided(caseNumber, Stage.DONE, true, extended, "需协调多部门"));

    assertThat(Inbox.body(only("chen.zhihua@gridcase.local", "延期")))
        .contains(caseNumber, "同意延期", "办结", "2026-03-07 09:30", "需协调多部门", tasklistLink());
    MimeMessage reporter = only(Reports.REPORTER_EMAIL, caseNumber);
    assertThat(Inbox.body(reporter)).contains("2026-03-07 09:30", "王芳").doesNotContain("tasklist", "需协调多部门");
  }

  @Test
  void aRefusedExtensionIsToldToTheHoldersOnly() {
    inEngineTransaction(() -> deadlineMails.extensionDecided(caseNumber, Stage.PLAN, false, DUE, "理由不充分"));

    OutboxEntry refused = entry(MailKind.EXTENSION_DECIDED);
    assertThat(refused.recipients()).containsExactly("hrss@gridcase.local", "chen.zhihua@gridcase.local");
    assertThat(refused.body()).contains("不同意延期", "提出方案", DUE_IN_BEIJING, "理由不充分");
  }

  @Test
  void urgingGoesToTheHolders() {
    inEngineTransaction(() -> urgingMails.urged(caseNumber, "ou.weixiong", "请今天内联系施工方", 42));
    inEngineTransaction(() -> urgingMails.urged(caseNumber, "ou.weixiong", "请今天内联系施工方", 42));

    OutboxEntry urged = entry(MailKind.URGED);
    assertThat(urged.recipients()).containsExactly("hrss@gridcase.local", "chen.zhihua@gridcase.local");
    assertThat(urged.body()).contains(caseNumber, "ou.weixiong", "请今天内联系施工方", tasklistLink());
    assertThat(Inbox.subject(only("chen.zhihua@gridcase.local", "催办"))).contains(caseNumber);
  }

  @Test
  void feedbackGoesToTheReporterOnlyIfThereIsAnAddress() {
    inEngineTransaction(() -> feedbackMails.feedback(caseNumber));
    assertThat(Inbox.body(only(Reports.REPORTER_EMAIL, caseNumber))).contains(caseNumber, "工地拖欠工资");

    String noAddress = cases.report(Reports.report(Channel.HOTLINE_12345, null, "乱停车", "路口长期违停", null));
    inEngineTransaction(() -> feedbackMails.feedback(noAddress));
    assertThat(outbox.ofCase(noAddress)).extracting(OutboxEntry::kind).doesNotContain(MailKind.FEEDBACK);
  }

  @Test
  void theSameReminderAskedTwiceIsQueuedOnce() {
    inEngineTransaction(() -> deadlineMails.deadlineReminder(caseNumber, Stage.ACCEPT, DUE));
    inEngineTransaction(() -> deadlineMails.deadlineReminder(caseNumber, Stage.ACCEPT, DUE));
    inEngineTransaction(() -> deadlineMails.deadlineReminder(caseNumber, Stage.ACCEPT, DUE.plusDays(1)));

    assertThat(kinds()).filteredOn(MailKind.DEADLINE_REMINDER::equals).hasSize(2);
    only("chen.zhihua@gridcase.local", DUE_IN_BEIJING);
  }

  private String tasklistLink() {
    return mails.tasklistLink(caseNumber);
  }

  private OutboxEntry entry(MailKind kind) {
    return outbox.ofCase(caseNumber).stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
  }

  private List<MailKind> kinds() {
    return outbox.ofCase(caseNumber).stream().map(OutboxEntry::kind).toList();
  }

  private MimeMessage only(String address, String subjectContains) {
    List<MimeMessage> received = inbox.awaitTo(address, subjectContains);
    assertThat(received).as("mails to %s about %s", address, subjectContains).hasSize(1);
    return received.get(0);
  }

  /** Process code queues mails inside the engine's transaction; a test does the same. */
  private void inEngineTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}
