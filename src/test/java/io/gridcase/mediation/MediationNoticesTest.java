package io.gridcase.mediation;

import static io.gridcase.support.Reports.GRID_WORKER;
import static io.gridcase.support.Reports.REPORTER_EMAIL;
import static io.gridcase.support.Reports.TOWN_CENTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.engine.DisputeMediationProcess;
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
import io.gridcase.support.Reports;
import io.gridcase.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both parties of a dispute (申请人, the reporter, and 被申请人, named in the report) hear each step
 * of its mediation (ADR 26): by mail when they gave an address, really delivered to a mail server,
 * else by SMS; once per step and party, in the step's transaction.
 */
@GridcaseTest
class MediationNoticesTest {

  @RegisterExtension
  static GreenMailExtension mail = TestSmtp.server();

  static final String VILLAGE_MEDIATORS = "mediators-JM-PJ-HUANSHI-NEIGHBOUR";
  static final String COURT = "dept-COURT";

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseJournal journal;
  @Autowired MailOutbox mails;
  @Autowired SmsOutbox sms;

  @BeforeEach
  void setClock() {
    EngineClock.setTo(LocalDateTime.of(2026, 9, 1, 9, 0));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void bothPartiesAreMailedEveryStepFromTheVillageToJudicialConfirmation() throws Exception {
    String respondentEmail = "li.si." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.cn";
    String caseNumber = notSettledOnTheSpot(REPORTER_EMAIL,
        new CaseReport.RespondentContact("李四", "13912345678", respondentEmail, "楼上 502 住户"));

    mediate(caseNumber, VILLAGE_MEDIATORS, "mo.tiaojie", form("PASS_UP", null, "楼下要求赔偿过高"));
    Map<String, Object> settled = form("SETTLED", "楼上维修防水层并赔偿楼下 3000 元", null);
    settled.put("judicialConfirmation", true);
    mediate(caseNumber, TOWN_CENTER, "zhao.min", settled);
    cases.complete(caseNumber, DisputeMediationProcess.TASK_CONFIRM, COURT, "liu.wanyi",
        Map.of("judicialConfirmed", true, "confirmationNote", "确认有效"));

    List<OutboxEntry> notices = mails.ofCase(caseNumber).stream().filter(m -> m.kind() == MailKind.MEDIATION_NOTICE).toList();
    for (String party : List.of(REPORTER_EMAIL, respondentEmail)) {
      assertThat(notices).filteredOn(m -> m.recipients().equals(List.of(party))).extracting(OutboxEntry::subject)
          .as("the steps told to %s, in order", party)
          .satisfiesExactly(
              s -> assertThat(s).contains("进入调解", caseNumber),
              s -> assertThat(s).contains("上交调解"),
              s -> assertThat(s).contains("进入调解"),
              s -> assertThat(s).contains("调解成功"),
              s -> assertThat(s).contains("进入调解"),
              s -> assertThat(s).contains("司法确认"));
    }
    OutboxEntry toRespondent = notices.stream()
        .filter(m -> m.recipients().contains(respondentEmail) && m.subject().contains("调解成功")).findFirst().orElseThrow();
    assertThat(toRespondent.body()).contains("李四（被申请人）", "经镇街调委会调解，双方达成调解协议：楼上维修防水层并赔偿楼下 3000 元",
        "已申请司法确认").doesNotContain("13800138000", REPORTER_EMAIL, "王芳");
    assertThat(notices).filteredOn(m -> m.recipients().contains(REPORTER_EMAIL)).first()
        .extracting(OutboxEntry::body).asString().contains("王芳（申请人）", "纠纷已进入人民调解，期限至 2026-09-16 09:00");
    assertThat(sms.ofCase(caseNumber)).noneMatch(s -> s.kind() == SmsKind.MEDIATION_NOTICE);

    await().atMost(Duration.ofSeconds(20)).until(() -> delivered(respondentEmail).length >= 6);
    MimeMessage confirmation = Arrays.stream(delivered(respondentEmail))
        .filter(m -> subject(m).contains("司法确认") && !subject(m).contains("进入调解")).findFirst().orElseThrow();
    assertThat(confirmation.getContent().toString()).contains("人民法院已确认调解协议有效：楼上维修防水层并赔偿楼下 3000 元");
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.PARTIES_NOTIFIED)
        .extracting(CaseEvent::detail).hasSize(6)
        .contains("调解成功：申请人（邮件），被申请人（邮件）");
  }

  @Test
  void partiesWithAPhoneOnlyAreTextedWhenALevelRunsOutOfTimeAndWhenMediationEnds() {
    String caseNumber = notSettledOnTheSpot(null, new CaseReport.RespondentContact("张三", "13712345678", null, null));
    ProcessInstance mediation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DisputeMediationProcess.ID).processInstanceBusinessKey(caseNumber).singleResult();

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(mediation.getId())
        .activityId(DisputeMediationProcess.TIMER_OVERDUE).singleResult();
    EngineClock.setTo(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), EngineClock.CHINA));
    engine.getManagementService().executeJob(timer.getId());
    mediate(caseNumber, TOWN_CENTER, "zhao.min", form("END", null, "一方拒绝调解"));

    List<SmsEntry> texts = sms.ofCase(caseNumber).stream().filter(s -> s.kind() == SmsKind.MEDIATION_NOTICE).toList();
    for (String phone : List.of("13800138000", "13712345678")) {
      assertThat(texts).filteredOn(s -> s.phone().equals(phone)).extracting(SmsEntry::text).as("texted to %s", phone)
          .satisfiesExactly(
              t -> assertThat(t).contains("进入调解", "人民调解"),
              t -> assertThat(t).contains("人民调解调解期满未达成协议，纠纷已自动上交上一级调解"),
              t -> assertThat(t).contains("进入调解", "镇街调委会调解"),
              t -> assertThat(t).contains("镇街调委会调解终止调解，纠纷将转由有关部门依法处理").doesNotContain("一方拒绝调解"));
    }
    assertThat(texts).allSatisfy(t -> assertThat(t.text()).startsWith("【江门综治】").contains(caseNumber));
    assertThat(texts).filteredOn(s -> s.phone().equals("13712345678")).allSatisfy(t ->
        assertThat(t.text()).contains("张三（被申请人）").doesNotContain("王芳", "13800138000"));
    assertThat(mails.ofCase(caseNumber)).noneMatch(m -> m.kind() == MailKind.MEDIATION_NOTICE);
  }

  @Test
  void aDisputeWithoutRespondentTellsTheApplicantAlone() {
    String caseNumber = notSettledOnTheSpot(REPORTER_EMAIL, null);

    mediate(caseNumber, VILLAGE_MEDIATORS, "mo.tiaojie", form("SETTLED", "三日内清理楼道杂物", null));

    assertThat(mails.ofCase(caseNumber)).filteredOn(m -> m.kind() == MailKind.MEDIATION_NOTICE)
        .allSatisfy(m -> assertThat(m.recipients()).containsExactly(REPORTER_EMAIL))
        .extracting(OutboxEntry::subject).hasSize(2).last().asString().contains("调解成功");
    assertThat(journal.events(caseNumber)).filteredOn(e -> e.action() == CaseAction.PARTIES_NOTIFIED)
        .extracting(CaseEvent::detail).containsExactly("进入调解：申请人（邮件）", "调解成功：申请人（邮件）");
  }

  private String notSettledOnTheSpot(String reporterEmail, CaseReport.RespondentContact respondent) {
    String caseNumber = cases.report(new CaseReport(Channel.GRID_REPORT, null, null, "邻里漏水纠纷", "楼上卫生间漏水到楼下",
        new CaseReport.Location(Reports.GRID, null, null, "蓬江区丰乐路 88 号"),
        new CaseReport.ReporterContact("王芳", "13800138000", reporterEmail, false), null, null, null, null, respondent));
    cases.complete(caseNumber, "UserTask_ResolveOnTheSpot", TOWN_CENTER, GRID_WORKER,
        Map.of("resolvedOnTheSpot", false, "resultSummary", "网格员劝解无果，转人民调解"));
    return caseNumber;
  }

  private void mediate(String caseNumber, String group, String user, Map<String, Object> form) {
    cases.complete(caseNumber, DisputeMediationProcess.TASK_MEDIATE, group, user, form);
  }

  private static Map<String, Object> form(String outcome, String terms, String note) {
    Map<String, Object> form = new HashMap<>();
    form.put("mediationOutcome", outcome);
    form.put("agreementTerms", terms);
    form.put("mediationNote", note);
    return form;
  }

  private static MimeMessage[] delivered(String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toArray(MimeMessage[]::new);
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
