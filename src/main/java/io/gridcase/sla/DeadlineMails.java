package io.gridcase.sla;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.instant;
import static io.gridcase.notification.CaseMails.text;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mails about a stage's deadline: reminder, missed, escalated, extension decided. */
@Service
public class DeadlineMails {

  private static final String SUPERVISORS = "supervisors";

  private final CaseRecords records;
  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate reminder = MailTemplate.load("deadline-reminder");
  private final MailTemplate missed = MailTemplate.load("deadline-missed");
  private final MailTemplate escalated = MailTemplate.load("escalated");
  private final MailTemplate extensionDecided = MailTemplate.load("extension-decided");
  private final MailTemplate extensionReporter = MailTemplate.load("extension-reporter");

  public DeadlineMails(CaseRecords records, CaseMails mails, Recipients recipients) {
    this.records = records;
    this.mails = mails;
    this.recipients = recipients;
  }

  /** 到期提醒: the deadline of a stage is near, to whoever holds the case. */
  public void deadlineReminder(String caseNumber, Stage stage, OffsetDateTime dueAt) {
    CaseRecord c = records.get(caseNumber);
    mails.queue("reminder:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt)), c, MailKind.DEADLINE_REMINDER,
        recipients.holders(caseNumber), reminder, forStage(c, stage, dueAt));
  }

  /** 超期: a stage missed its deadline, to the supervisors. */
  public void deadlineMissed(String caseNumber, Stage stage, OffsetDateTime dueAt) {
    CaseRecord c = records.get(caseNumber);
    mails.queue("missed:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt)), c, MailKind.DEADLINE_MISSED,
        recipients.group(SUPERVISORS), missed, forStage(c, stage, dueAt));
  }

  /** 升级督办: three times over the deadline, to the county center one level up. */
  public void escalated(String caseNumber, Stage stage, OffsetDateTime dueAt, String countyCenterGroup) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = forStage(c, stage, dueAt);
    values.put("group", countyCenterGroup);
    mails.queue("escalated:%s:%s:%s:%s".formatted(caseNumber, stage, instant(dueAt), countyCenterGroup), c,
        MailKind.ESCALATED, recipients.group(countyCenterGroup), escalated, values);
  }

  /**
   * 延期审批: the center's decision on an extension, to the holders; when approved, the reporter
   * is told the new date too. {@code dueAt} is the deadline that holds after the decision.
   */
  public void extensionDecided(String caseNumber, Stage stage, boolean approved, OffsetDateTime dueAt, String reason) {
    CaseRecord c = records.get(caseNumber);
    String key = "extension:%s:%s:%s:%s:%s".formatted(
        caseNumber, stage, approved ? "approved" : "refused", instant(dueAt), shortHash(text(reason)));
    Map<String, String> values = forStage(c, stage, dueAt);
    values.put("decision", approved ? "同意延期 approved" : "不同意延期 refused");
    values.put("reason", text(reason));
    mails.queue(key + ":holders", c, MailKind.EXTENSION_DECIDED, recipients.holders(caseNumber),
        extensionDecided, values);
    if (approved && c.reporter().hasEmail()) {
      Map<String, String> reporter = mails.forReporter(c);
      reporter.put("deadline", dayTime(dueAt));
      mails.queue(key + ":reporter", c, MailKind.EXTENSION_DECIDED, List.of(c.reporter().email()),
          extensionReporter, reporter);
    }
  }

  private Map<String, String> forStage(CaseRecord c, Stage stage, OffsetDateTime dueAt) {
    Map<String, String> values = mails.forStaff(c);
    values.put("stage", stage.name());
    values.put("stageLabel", stage.bilingualLabel());
    values.put("deadline", dayTime(dueAt));
    return values;
  }

  private static String shortHash(String text) {
    return HexFormat.of().toHexDigits(text.hashCode());
  }
}
