package io.gridcase.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.intake.Channel;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailOutbox;
import io.gridcase.notification.OutboxEntry;
import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.sla.CaseDeadline;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.Stage;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.EngineClock;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A petition (信访) through its own steps (ADR 23): the acceptance review within 15 days with its
 * written notice, not accepted ending the case, the 15-day timer, and the handling opinion with its
 * outcome class kept apart from the case's outcome, status and satisfaction.
 */
@GridcaseTest
public class PetitionProcedureTest {

  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 9, 0);
  static final String OFFICE = PetitionProcess.PETITION_OFFICE;
  static final String CLERK = "mo.xiaofang";

  @Autowired ProcessEngine engine;
  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired CaseJournal journal;
  @Autowired Petitions petitions;
  @Autowired MailOutbox mails;
  @Autowired SmsOutbox sms;
  @Autowired CaseDeadlines deadlines;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theOfficeAcceptsAPetitionTheNoticeIsMailedAndTheCaseGoesToItsDepartments() {
    OffsetDateTime received = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(petition("征地补偿款未发放", "村里征地补偿款两年未发放", Reports.REPORTER_EMAIL));

    ProcessInstance lifecycle = cases.lifecycle(caseNumber);
    assertThat(lifecycle).isWaitingAt("CallActivity_DecidePetitionAcceptance");
    Task review = cases.task(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE);
    assertThat(review.getDueDate().toInstant()).isEqualTo(received.plusDays(15).toInstant());
    assertThat(petitions.get(caseNumber).acceptanceDueAt().toInstant()).isEqualTo(received.plusDays(15).toInstant());

    EngineClock.advance(java.time.Duration.ofDays(3));
    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE, CLERK,
        Map.of("acceptanceDecision", "ACCEPT", "acceptanceNote", "已交区人社局办理"));

    Petition accepted = petitions.get(caseNumber);
    assertThat(accepted.accepted()).isTrue();
    assertThat(accepted.acceptanceNotice()).contains("信访事项受理告知书", caseNumber, "予以受理", "已交区人社局办理", "王芳");
    OutboxEntry notice = mail(caseNumber, MailKind.PETITION_NOTICE);
    assertThat(notice.recipients()).containsExactly(Reports.REPORTER_EMAIL);
    assertThat(notice.body()).isEqualTo(accepted.acceptanceNotice() + "\n");
    assertThat(lifecycle).hasPassedInOrder("CallActivity_DecidePetitionAcceptance", "Task_DispatchCase")
        .isWaitingAt("CallActivity_HandleAsLead");
    CaseRecord c = records.get(caseNumber);
    assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.leadDepartment()).isNotNull();
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.PETITION_ACCEPTED, CaseAction.PETITION_NOTICE_SENT,
        CaseAction.DISPATCHED);
  }

  @Test
  void theSixtyDaysCountFromTheAcceptanceAndAreTheCaseDoneDeadlineAndTheOpinionTaskDueDate() {
    OffsetDateTime received = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(petition("征地补偿款未发放", "补偿款未发放", Reports.REPORTER_EMAIL));
    assertThat(petitions.get(caseNumber).handlingDueAt()).as("not before acceptance").isNull();
    EngineClock.advance(java.time.Duration.ofDays(10));

    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE, CLERK, Map.of("acceptanceDecision", "ACCEPT"));

    Petition accepted = petitions.get(caseNumber);
    assertThat(accepted.handlingDueAt().toInstant())
        .as("60 days from the acceptance (自受理之日起), not from receipt")
        .isEqualTo(accepted.decidedAt().plusDays(60).toInstant())
        .isEqualTo(received.plusDays(70).toInstant());
    CaseDeadline done = deadlines.current(caseNumber, Stage.DONE).orElseThrow();
    assertThat(done.dueAt().toInstant()).isEqualTo(accepted.handlingDueAt().toInstant());
    assertThat(done.reminderAt().toInstant()).isEqualTo(accepted.decidedAt().plusHours(60 * 24 * 8 / 10).toInstant());
    String lead = records.get(caseNumber).leadDepartment();
    String handler = engine.getIdentityService().createUserQuery().memberOfGroup("dept-" + lead).list().get(0).getId();
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-" + lead, handler, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-" + lead, handler, Map.of("plan", "核查"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-" + lead, handler,
        Map.of("outcome", "RESOLVED", "resultSummary", "已发放"));
    assertThat(cases.task(caseNumber, PetitionProcess.ISSUE_OPINION, OFFICE).getDueDate().toInstant())
        .isEqualTo(accepted.handlingDueAt().toInstant());
  }

  @Test
  void aPetitionNotAcceptedIsClosedWithItsReasonAndThePetitionerIsTextedWithoutAnOutcome() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(petition("要求撤销法院判决", "对民事判决不服", null));

    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE, CLERK,
        Map.of("acceptanceDecision", "NOT_ACCEPT", "notAcceptedReason", "LEGAL_CHANNEL",
            "acceptanceNote", "请依法向上一级人民法院提起上诉"));

    assertThat(cases.lifecycle(caseNumber)).isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("EndEvent_PetitionNotAccepted").list()).isNotEmpty();
    Petition refused = petitions.get(caseNumber);
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.notAcceptedReason()).isEqualTo("LEGAL_CHANNEL");
    assertThat(refused.acceptanceNotice()).contains("不予受理告知书", "诉讼、仲裁、行政复议", "上一级人民法院");
    CaseRecord closed = records.get(caseNumber);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).as("不予受理 is no outcome of the case").isNull();
    assertThat(closed.satisfaction()).isNull();
    SmsEntry text = sms.ofCase(caseNumber).stream().filter(s -> s.kind() == SmsKind.PETITION_NOTICE).findFirst().orElseThrow();
    assertThat(text.phone()).isEqualTo("13800138000");
    assertThat(text.text()).contains(caseNumber, "不予受理", "诉讼、仲裁、行政复议");
    assertThat(mails.ofCase(caseNumber)).noneMatch(m -> m.kind() == MailKind.PETITION_NOTICE);
  }

  @Test
  void notAcceptingWithoutAReasonIsRefusedAtTheReasonAndNothingIsWritten() {
    String caseNumber = cases.report(petition("反映村务问题", "村务不公开", null));
    Task review = cases.task(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE);

    assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("acceptanceDecision", "NOT_ACCEPT")))
        .hasMessageContaining("notAcceptedReason: ");

    assertThat(petitions.get(caseNumber).accepted()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(records.get(caseNumber).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(sms.ofCase(caseNumber)).noneMatch(s -> s.kind() == SmsKind.PETITION_NOTICE);
  }

  @Test
  void fifteenDaysWithoutADecisionAreRecordedAndTheReviewStaysOpen() {
    OffsetDateTime received = EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(petition("反映物业收费", "物业乱收费", null));
    ProcessInstance procedure = cases.instances(caseNumber, PetitionProcess.ID).get(0);

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(procedure.getId())
        .activityId("BoundaryEvent_AcceptanceDue").timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(received.plusDays(15).toInstant());
    EngineClock.advance(java.time.Duration.ofDays(15).plusMinutes(1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(procedure).hasPassed("Task_RecordAcceptanceOverdue").isWaitingAt(PetitionProcess.DECIDE_ACCEPTANCE);
    assertThat(petitions.get(caseNumber).acceptanceOverdueAt()).isNotNull();
    assertThat(actions(caseNumber)).contains(CaseAction.DEADLINE_MISSED);
  }

  @Test
  void theOpinionClassesTheOutcomeApartFromTheCaseAndTellsThePetitionerTheReviewWindow() {
    EngineClock.setTo(MONDAY_MORNING);
    String caseNumber = cases.report(petition("要求增加补偿", "要求按商业用地标准补偿", Reports.REPORTER_EMAIL));
    cases.complete(caseNumber, PetitionProcess.DECIDE_ACCEPTANCE, OFFICE, CLERK, Map.of("acceptanceDecision", "ACCEPT"));
    String lead = records.get(caseNumber).leadDepartment();
    String handler = engine.getIdentityService().createUserQuery().memberOfGroup("dept-" + lead).list().get(0).getId();
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-" + lead, handler, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", "dept-" + lead, handler, Map.of("plan", "核查补偿标准"));
    cases.complete(caseNumber, "UserTask_ReportResult", "dept-" + lead, handler,
        Map.of("outcome", "RESOLVED", "resultSummary", "已按政策标准足额发放"));

    ProcessInstance lifecycle = cases.lifecycle(caseNumber);
    assertThat(lifecycle).isWaitingAt("CallActivity_IssuePetitionOpinion");
    Task opinion = cases.task(caseNumber, PetitionProcess.ISSUE_OPINION, OFFICE);
    assertThat(engine.getFormService().getTaskFormVariables(opinion.getId()).getValue("resultSummary", String.class))
        .isEqualTo("已按政策标准足额发放");
    assertThatThrownBy(() -> engine.getTaskService().complete(opinion.getId(), Map.of("opinion", "见附件")))
        .hasMessageContaining("outcomeClass: ");

    cases.complete(caseNumber, PetitionProcess.ISSUE_OPINION, OFFICE, CLERK,
        Map.of("outcomeClass", "UNREASONABLE", "opinion", "补偿已按标准足额发放，要求按商业用地标准补偿无政策依据，已当面解释。"));

    Petition issued = petitions.get(caseNumber);
    assertThat(issued.outcomeClass()).isEqualTo("UNREASONABLE");
    assertThat(issued.reviewRequestDueAt()).isEqualTo(issued.opinionAt().plusDays(30));
    assertThat(issued.opinionNotice()).contains("信访事项处理意见书", "诉求无理的做好解释", "30 日内", "请求复查");
    assertThat(mail(caseNumber, MailKind.PETITION_NOTICE, "处理意见书").body()).contains("诉求无理的做好解释");
    CaseRecord c = records.get(caseNumber);
    assertThat(c.outcome()).as("the department's outcome stays the case's outcome").isEqualTo("RESOLVED");
    assertThat(lifecycle).hasPassed("CallActivity_IssuePetitionOpinion", "Task_EnterFeedbackStage");
    assertThat(actions(caseNumber)).containsSubsequence(CaseAction.RESULT_REPORTED, CaseAction.PETITION_OPINION_ISSUED);
  }

  @Test
  void aCaseThatIsNoPetitionPassesNeitherStep() {
    String caseNumber = cases.report(Reports.hotline("工地欠薪", "工地老板拖欠工资"));

    assertThat(cases.lifecycle(caseNumber)).hasPassed("Gateway_PetitionCase", "Task_DispatchCase")
        .hasNotPassed("CallActivity_DecidePetitionAcceptance");
    assertThat(petitions.find(caseNumber)).isEmpty();
  }

  public static io.gridcase.intake.CaseReport petition(String title, String description, String email) {
    return Reports.report(Channel.PETITION, null, title, description, email);
  }

  private OutboxEntry mail(String caseNumber, MailKind kind) {
    return mail(caseNumber, kind, "");
  }

  private OutboxEntry mail(String caseNumber, MailKind kind, String subjectPart) {
    return mails.ofCase(caseNumber).stream().filter(m -> m.kind() == kind && m.subject().contains(subjectPart))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " mail on " + caseNumber));
  }

  private List<CaseAction> actions(String caseNumber) {
    return journal.events(caseNumber).stream().map(CaseEvent::action).toList();
  }
}
