package io.gridcase.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailOutbox;
import io.gridcase.notification.OutboxEntry;
import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Orders;
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 阶段性反馈 (ADR 31): at the FEEDBACK watch's reminder, halfway through a complex case's month, the
 * reporter hears that the case is being handled and by when the answer comes; by mail, else SMS.
 * A simple case's reminder tells only the holder.
 */
@GridcaseTest
@ExtendWith(Orders.Clocked.class)
class InterimFeedbackProcessTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  static final String COMPLEX_TITLE = "工地拖欠工资三个月";
  static final String COMPLEX_TEXT = "丰乐路工地老板拖欠工资，涉及 12 名工人";
  /** Dispatched Monday 2026-11-16 09:00, a month to answer. */
  static final String EXPECTED_BY = "2026-12-16 09:00";

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseJournal journal;
  @Autowired Orders orders;
  @Autowired MailOutbox mails;
  @Autowired SmsOutbox sms;

  @Test
  void halfwayThroughAComplexCaseTheReporterIsMailedThatItIsBeingHandledAndByWhen() throws Exception {
    String email = "wang.fang." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.cn";
    String caseNumber = complexCase(email);

    orders.later(caseNumber, Duration.ofDays(15).minusMinutes(1));
    assertThat(interim(caseNumber)).isEmpty();
    orders.later(caseNumber, Duration.ofMinutes(2));

    assertThat(feedbackWatch(caseNumber)).hasPassedInOrder(
        "Task_SendReminder", "Gateway_InterimFeedback", "Task_SendInterimFeedback", "EndEvent_InterimFeedbackSent")
        .hasNotPassed("EndEvent_ReminderSent");
    assertThat(journal.events(caseNumber)).as("the holder is reminded as before")
        .anyMatch(e -> e.action() == CaseAction.REMINDER_SENT && e.detail().startsWith("FEEDBACK "));
    assertThat(interim(caseNumber)).extracting(CaseEvent::detail).containsExactly("邮件，预计 " + EXPECTED_BY + " 前答复");
    assertThat(CaseAction.INTERIM_FEEDBACK_SENT.label()).isEqualTo("阶段性反馈");
    assertThat(mails.ofCase(caseNumber)).filteredOn(m -> m.kind() == MailKind.INTERIM_FEEDBACK).singleElement()
        .satisfies(m -> assertThat(m.recipients()).containsExactly(email))
        .extracting(OutboxEntry::body).asString().contains(caseNumber, "正在办理中", "预计于 " + EXPECTED_BY);
    assertThat(sms.ofCase(caseNumber)).noneMatch(s -> s.kind() == SmsKind.INTERIM_FEEDBACK);

    await().atMost(Duration.ofSeconds(20)).until(() -> mail.getReceivedMessagesForDomain(email).length >= 1);
    MimeMessage delivered = mail.getReceivedMessagesForDomain(email)[0];
    assertThat(delivered.getSubject()).contains("正在办理", caseNumber);
    assertThat(delivered.getContent().toString()).contains("王芳", COMPLEX_TITLE, caseNumber, EXPECTED_BY);
  }

  @Test
  void aReporterWithOnlyAPhoneIsTexted() {
    String caseNumber = complexCase(null);

    orders.later(caseNumber, Duration.ofDays(15).plusMinutes(1));

    assertThat(sms.ofCase(caseNumber)).filteredOn(s -> s.kind() == SmsKind.INTERIM_FEEDBACK).singleElement()
        .satisfies(s -> assertThat(s.phone()).isEqualTo("13800138000"))
        .extracting(SmsEntry::text).asString()
        .startsWith("【江门综治】").contains(caseNumber, "正在办理中", "预计于 " + EXPECTED_BY);
    assertThat(mails.ofCase(caseNumber)).noneMatch(m -> m.kind() == MailKind.INTERIM_FEEDBACK);
    assertThat(interim(caseNumber)).extracting(CaseEvent::detail).containsExactly("短信，预计 " + EXPECTED_BY + " 前答复");
  }

  @Test
  void anAnonymousReporterWithoutContactHearsNothingAndTheJournalSaysNothing() {
    EngineClock.setTo(Orders.MONDAY_MORNING);
    String caseNumber = cases.report(new CaseReport(Channel.HOTLINE_12345, null, null, COMPLEX_TITLE, COMPLEX_TEXT,
        new CaseReport.Location(Reports.GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact(null, null, null, true), null, null, null));

    orders.later(caseNumber, Duration.ofDays(15).plusMinutes(1));

    assertThat(feedbackWatch(caseNumber)).hasPassed("Task_SendInterimFeedback");
    assertThat(interim(caseNumber)).isEmpty();
    assertThat(mails.ofCase(caseNumber)).noneMatch(m -> m.kind() == MailKind.INTERIM_FEEDBACK);
    assertThat(sms.ofCase(caseNumber)).noneMatch(s -> s.kind() == SmsKind.INTERIM_FEEDBACK);
  }

  @Test
  void aSimpleCasesReminderTellsOnlyTheHolder() {
    EngineClock.setTo(Orders.MONDAY_MORNING);
    String caseNumber = cases.report(Reports.hotline("路边违停", "小区门口车辆长期违停占用车道"));

    orders.later(caseNumber, Duration.ofDays(6));

    assertThat(feedbackWatch(caseNumber)).hasPassedInOrder("Task_SendReminder", "Gateway_InterimFeedback", "EndEvent_ReminderSent")
        .hasNotPassed("Task_SendInterimFeedback");
    assertThat(journal.events(caseNumber)).anyMatch(e -> e.action() == CaseAction.REMINDER_SENT
        && e.detail().startsWith("FEEDBACK "));
    assertThat(interim(caseNumber)).isEmpty();
    assertThat(mails.ofCase(caseNumber)).noneMatch(m -> m.kind() == MailKind.INTERIM_FEEDBACK);
    assertThat(sms.ofCase(caseNumber)).noneMatch(s -> s.kind() == SmsKind.INTERIM_FEEDBACK);
  }

  private String complexCase(String email) {
    EngineClock.setTo(Orders.MONDAY_MORNING);
    return cases.report(Reports.report(Channel.HOTLINE_12345, null, COMPLEX_TITLE, COMPLEX_TEXT, email));
  }

  private List<CaseEvent> interim(String caseNumber) {
    return journal.events(caseNumber).stream().filter(e -> e.action() == CaseAction.INTERIM_FEEDBACK_SENT).toList();
  }

  private ProcessInstance feedbackWatch(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StageDeadlineProcess.ID)
        .processInstanceBusinessKey(caseNumber).variableValueEquals("stage", "FEEDBACK").singleResult();
  }
}
