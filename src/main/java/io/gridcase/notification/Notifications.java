package io.gridcase.notification;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import io.gridcase.handling.Outcome;
import io.gridcase.sla.Stage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The mails of a case's lifecycle, as the process code asks for them (inside the engine's
 * transaction). Each renders a template under {@code classpath:mail/} and queues it in the
 * {@link MailOutbox} under a key that names the event, so a step that runs again sends nothing new.
 * Mails to departments and staff never carry the reporter's contact details.
 */
@Service
public class Notifications {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
  private static final String SUPERVISORS = "supervisors";

  private final CaseRecords records;
  private final CaseJournal journal;
  private final Directory directory;
  private final Recipients recipients;
  private final MailOutbox outbox;
  private final String tasklistUrl;
  private final Map<String, MailTemplate> templates = new HashMap<>();

  public Notifications(
      CaseRecords records,
      CaseJournal journal,
      Directory directory,
      Recipients recipients,
      MailOutbox outbox,
      @Value("${gridcase.tasklist-url}") String tasklistUrl) {
    this.records = records;
    this.journal = journal;
    this.directory = directory;
    this.recipients = recipients;
    this.outbox = outbox;
    this.tasklistUrl = tasklistUrl;
    for (String name : List.of("feedback", "order-dispatched", "deadline-reminder", "deadline-missed",
        "escalated", "extension-decided", "extension-reporter", "urged", "weak-signal")) {
      templates.put(name, MailTemplate.load(name));
    }
  }

  /** 反馈: the outcome, to the reporter, if the case has an e-mail address. Once per handling round. */
  public void feedback(String caseNumber) {
    CaseRecord handled = records.get(caseNumber);
    if (!handled.reporter().hasEmail()) {
      return;
    }
    Outcome outcome = handled.outcome() == null ? null : Outcome.valueOf(handled.outcome());
    Map<String, String> values = forReporter(handled);
    values.put("reportedAt", DAY_TIME.format(handled.reportedAt()));
    values.put("outcome", outcome == null ? "" : outcome.label());
    values.put("outcomeCode", outcome == null ? "" : outcome.name());
    values.put("resultSummary", text(handled.resultSummary()));
    queue("feedback:%s:%d".formatted(caseNumber, handled.reopenCount()), handled, MailKind.FEEDBACK,
        List.of(handled.reporter().email()), "feedback", values);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT, "mail");
  }

  /** 派单: the order, to the department's mailbox. Again after a rejection or a reopen. */
  public void orderDispatched(String caseNumber, String department) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = forStaff(c);
    values.put("department", departmentName(department));
    values.put("role", department.equals(c.leadDepartment()) ? "主办 lead" : "协办 co-handling");
    queue("dispatch:%s:%s:%d.%d".formatted(caseNumber, department, c.reopenCount(), c.rejectionCount()), c,
        MailKind.ORDER_DISPATCHED, recipients.department(department), "order-dispatched", values);
  }

  /** 到期提醒: the deadline of a stage is near, to whoever holds the case. */
  public void deadlineReminder(String caseNumber, String stage, OffsetDateTime dueAt) {
    CaseRecord c = records.get(caseNumber);
    queue("reminder:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt)), c, MailKind.DEADLINE_REMINDER,
        recipients.holders(caseNumber), "deadline-reminder", forStage(c, stage, dueAt));
  }

  /** 超期: a stage missed its deadline, to the supervisors. */
  public void deadlineMissed(String caseNumber, String stage, OffsetDateTime dueAt) {
    CaseRecord c = records.get(caseNumber);
    queue("missed:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt)), c, MailKind.DEADLINE_MISSED,
        recipients.group(SUPERVISORS), "deadline-missed", forStage(c, stage, dueAt));
  }

  /** 升级督办: three times over the deadline, to the county center one level up. */
  public void escalated(String caseNumber, String stage, OffsetDateTime dueAt, String countyCenterGroup) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = forStage(c, stage, dueAt);
    values.put("group", countyCenterGroup);
    queue("escalated:%s:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt), countyCenterGroup), c,
        MailKind.ESCALATED, recipients.group(countyCenterGroup), "escalated", values);
  }

  /**
   * 延期审批: the center's decision on an extension, to the holders; when approved, the reporter
   * is told the new date too. {@code dueAt} is the deadline that holds after the decision.
   */
  public void extensionDecided(
      String caseNumber, String stage, boolean approved, OffsetDateTime dueAt, String reason) {
    CaseRecord c = records.get(caseNumber);
    String key = "extension:%s:%s:%s:%s:%s".formatted(
        caseNumber, stage, approved ? "approved" : "refused", instant(dueAt), shortHash(text(reason)));
    Map<String, String> values = forStage(c, stage, dueAt);
    values.put("decision", approved ? "同意延期 approved" : "不同意延期 refused");
    values.put("reason", text(reason));
    queue(key + ":holders", c, MailKind.EXTENSION_DECIDED, recipients.holders(caseNumber),
        "extension-decided", values);
    if (approved && c.reporter().hasEmail()) {
      Map<String, String> reporter = forReporter(c);
      reporter.put("deadline", DAY_TIME.format(dueAt));
      queue(key + ":reporter", c, MailKind.EXTENSION_DECIDED, List.of(c.reporter().email()),
          "extension-reporter", reporter);
    }
  }

  /** 催办: a supervisor urges the case on, to whoever holds it. */
  public void urged(String caseNumber, String supervisor, String message, long urgingId) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = forStaff(c);
    values.put("supervisor", supervisor);
    values.put("message", text(message));
    queue("urged:%s:%d".formatted(caseNumber, urgingId), c, MailKind.URGED,
        recipients.holders(caseNumber), "urged", values);
  }

  /**
   * 弱信号预警: a spike of one category in one place, to the town center. Not about one case: the
   * values name the place and the cases; once per alert.
   */
  public void weakSignal(long alertId, String townCenterGroup, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("group", townCenterGroup);
    all.put("tasklistLink", tasklistUrl);
    MailTemplate mail = templates.get("weak-signal");
    outbox.enqueue(new OutgoingMail("weak-signal:" + alertId, null, MailKind.WEAK_SIGNAL,
        recipients.group(townCenterGroup), mail.subject(all), mail.body(all)));
  }

  /** Tasklist showing the open tasks of the case (lifecycle and department orders share its business key). */
  String tasklistLink(String caseNumber) {
    String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"%s\",\"name\":\"\"}]"
        .formatted(caseNumber);
    return tasklistUrl + "#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void queue(String key, CaseRecord c, MailKind kind, List<String> to, String template, Map<String, String> values) {
    MailTemplate mail = templates.get(template);
    outbox.enqueue(new OutgoingMail(key, c.caseNumber(), kind, to, mail.subject(values), mail.body(values)));
  }

  private Map<String, String> forStage(CaseRecord c, String stage, OffsetDateTime dueAt) {
    Map<String, String> values = forStaff(c);
    values.put("stage", stage);
    values.put("stageLabel", Stage.valueOf(stage).bilingualLabel());
    values.put("deadline", DAY_TIME.format(dueAt));
    return values;
  }

  /** What staff see: the case, never the reporter's contact details. */
  private Map<String, String> forStaff(CaseRecord c) {
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    values.put("description", c.description());
    values.put("address", text(c.place().address()));
    values.put("category", directory.categories().stream().filter(k -> k.code().equals(c.category()))
        .map(k -> k.nameZh() + " " + k.code()).findFirst().orElse(text(c.category())));
    values.put("leadDepartment", c.leadDepartment() == null ? "" : departmentName(c.leadDepartment()));
    values.put("tasklistLink", tasklistLink(c.caseNumber()));
    return values;
  }

  private static Map<String, String> forReporter(CaseRecord c) {
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    String name = c.reporter().anonymous() || c.reporter().name() == null ? "" : "，" + c.reporter().name();
    values.put("greeting", name);
    return values;
  }

  private String departmentName(String code) {
    return directory.department(code).map(d -> d.nameZh() + " " + d.nameEn()).orElse(code);
  }

  private static String instant(OffsetDateTime at) {
    return at.toInstant().toString();
  }

  private static String shortHash(String text) {
    return HexFormat.of().toHexDigits(text.hashCode());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
