package io.gridcase.duplicates;

import static io.gridcase.support.Reports.GRID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.closing.CaseCancellation;
import io.gridcase.engine.FormRefusal;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 重复件 in case-lifecycle (ADR 19): the intake clerk links a case to the open case it repeats in the
 * manual triage; the link is checked (the form is refused at masterCaseNumber), the duplicate closes
 * as 重复件, and when the master closes the duplicate's reporter hears its outcome over real SMTP, or by SMS.
 */
@GridcaseTest
class DuplicateLifecycleTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired CaseJournal journal;
  @Autowired CaseCancellation cancellation;
  @Autowired SmsOutbox sms;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void aClerkLinksADuplicateWhoseReporterHearsTheMastersOutcomeWhenItCloses() throws Exception {
    String master = cases.report(report("路边违停", "小区门口车辆长期违停占用车道", "master.reporter@example.cn", null));
    String duplicate = cases.report(report("反映一个问题", "门口那辆车又停在那里，堵住了路", "dup.reporter@example.cn", null));
    assertThat(cases.lifecycle(duplicate)).isWaitingAt("UserTask_TriageCaseManually");
    var task = cases.task(duplicate, "UserTask_TriageCaseManually", "intake");
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "possibleDuplicates"))
        .as("the form lists the open case nearby").contains(master, "路边违停", "相距 0 米");

    triage(duplicate, Map.of("category", "ILLEGAL_PARKING", "triageOutcome", "DUPLICATE", "masterCaseNumber", " " + master + " "));

    assertThat(cases.lifecycle(duplicate)).isNull();
    assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(records.get(duplicate).processInstanceId()).activityId("EndEvent_ClosedAsDuplicate").count())
        .isEqualTo(1);
    CaseRecord closed = records.get(duplicate);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo("DUPLICATE");
    assertThat(journal.events(duplicate)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.LINKED_AS_DUPLICATE, CaseEvent::action)
        .returns("luo.xiaoyan", CaseEvent::actor)
        .returns(master, CaseEvent::detail));
    assertThat(journal.events(master)).anySatisfy(e -> assertThat(e)
        .returns(CaseAction.DUPLICATE_LINKED, CaseEvent::action).returns(duplicate, CaseEvent::detail));
    assertThat(mailsTo("dup.reporter@example.cn", duplicate)).as("nothing before the master closes").isEmpty();

    closeAfterHandling(master, "已拖离违停车辆并张贴告示");

    assertThat(cases.lifecycle(master)).isNull();
    await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo("dup.reporter@example.cn", duplicate).isEmpty());
    List<MimeMessage> told = mailsTo("dup.reporter@example.cn", duplicate);
    assertThat(told).hasSize(1);
    assertThat((String) told.get(0).getContent()).contains(duplicate, "已解决", master, "已拖离违停车辆并张贴告示");
    assertThat(journal.events(duplicate)).extracting(CaseEvent::action).endsWith(CaseAction.FEEDBACK_SENT);
  }

  @Test
  void aDuplicateReporterWithOnlyAPhoneHearsByText() {
    String master = cases.report(report("路边违停车辆", "巷口车辆违停，堵住出行", "m2@example.cn", null));
    String duplicate = cases.report(report("反映一个问题", "巷口那里又堵了", null, "13900139000"));
    triage(duplicate, Map.of("category", "ILLEGAL_PARKING", "triageOutcome", "DUPLICATE", "masterCaseNumber", master));

    closeAfterHandling(master, "已清理巷口违停");

    assertThat(sms.ofCase(duplicate)).singleElement().satisfies(text -> {
      assertThat(text.kind()).isEqualTo(SmsKind.FEEDBACK);
      assertThat(text.phone()).isEqualTo("13900139000");
      assertThat(text.text()).contains(duplicate, "已解决", master);
    });
  }

  @Test
  void aMasterThatCannotBeLinkedRefusesTheFormAtItsField() {
    String parking = cases.report(report("路边违停", "小区门口违停", "m3@example.cn", null));
    String cancelled = cases.report(report("路边违停", "另一辆车违停", "m4@example.cn", null));
    cancellation.cancel(cancelled, "车已开走");
    String duplicate = cases.report(report("反映一个问题", "车辆挡路", "d3@example.cn", null));

    refused(duplicate, Map.of("category", "ILLEGAL_PARKING", "triageOutcome", "DUPLICATE"), "主件的案件编号");
    refused(duplicate, form("ILLEGAL_PARKING", "GC-NO-SUCH-CASE"), "不存在");
    refused(duplicate, form("ILLEGAL_PARKING", duplicate), "不能是自己的重复件");
    refused(duplicate, form("ILLEGAL_PARKING", cancelled), "已撤销");
    refused(duplicate, form("FIRE_HAZARD", parking), "类别");

    assertThat(cases.lifecycle(duplicate)).isWaitingAt("UserTask_TriageCaseManually");
    assertThat(records.get(duplicate).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(journal.events(parking)).extracting(CaseEvent::action).doesNotContain(CaseAction.DUPLICATE_LINKED);

    triage(duplicate, Map.of("category", "ILLEGAL_PARKING", "triageOutcome", "CONTINUE", "masterCaseNumber", parking));
    assertThat(cases.lifecycle(duplicate)).hasPassed("Task_TriageCase").hasNotPassed("Task_LinkDuplicate");
    assertThat(records.get(duplicate).status()).isEqualTo(CaseStatus.OPEN);
  }

  private static Map<String, Object> form(String category, String master) {
    return Map.of("category", category, "triageOutcome", "DUPLICATE", "masterCaseNumber", master);
  }

  private void refused(String caseNumber, Map<String, Object> form, String why) {
    assertThatThrownBy(() -> triage(caseNumber, form))
        .isInstanceOf(FormRefusal.class)
        .hasMessageContaining(why)
        .satisfies(e -> assertThat(((FormRefusal) e).getCause().field()).isEqualTo("masterCaseNumber"));
    var task = cases.task(caseNumber, "UserTask_TriageCaseManually", "intake");
    engine.getTaskService().setAssignee(task.getId(), null);
  }

  private void triage(String caseNumber, Map<String, Object> form) {
    cases.complete(caseNumber, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan", new HashMap<>(form));
  }

  /** Handled by 交警 alone, fed back, revisited satisfied (twice if the policy says so): closed. */
  private void closeAfterHandling(String caseNumber, String resultSummary) {
    cases.settledAndDueForRevisit(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", resultSummary);
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting",
        Map.of("satisfaction", "SATISFIED", "revisitNote", "电话回访"));
    if (cases.lifecycle(caseNumber) != null) {
      cases.fireTimer(caseNumber, "TimerEvent_SecondRevisitDue");
      cases.complete(caseNumber, "UserTask_RevisitReporterAgain", "revisit", "ye.wanting",
          Map.of("satisfaction", "SATISFIED", "revisitNote", "二次回访"));
    }
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
  }

  private static CaseReport report(String title, String description, String email, String phone) {
    return new CaseReport(Channel.HOTLINE_12345, null, null, title, description,
        new CaseReport.Location(GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact("刘先生", phone, email, false), null, null, null);
  }

  private List<MimeMessage> mailsTo(String address, String caseNumber) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
            && m.getSubject().contains(caseNumber);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
