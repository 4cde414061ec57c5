package io.gridcase.coorder;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.instant;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mails about a co-handler's own deadlines (sign-for and contribution): the reminder to it, the breach to it and to the lead. */
@Service
class CoOrderMails {

  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate reminder = MailTemplate.load("co-deadline-reminder");
  private final MailTemplate missed = MailTemplate.load("co-deadline-missed");
  private final MailTemplate signForReminder = MailTemplate.load("co-sign-for-reminder");
  private final MailTemplate signForMissed = MailTemplate.load("co-sign-for-missed");

  CoOrderMails(CaseMails mails, Recipients recipients) {
    this.mails = mails;
    this.recipients = recipients;
  }

  /** 协办提醒: to the co-handling department's mailbox. */
  void reminder(CaseRecord c, CoOrderDeadline co) {
    mails.queue("co-reminder:%s:%s:%s".formatted(c.caseNumber(), co.department(), instant(co.contributionDueAt())), c,
        MailKind.DEADLINE_REMINDER, recipients.department(co.department()), reminder, values(c, co, co.department()));
  }

  /** 协办超时: to the co-handling department, and, when the rule says so, to the lead department (升级). */
  void missed(CaseRecord c, CoOrderDeadline co) {
    String key = "co-missed:%s:%s:%s".formatted(c.caseNumber(), co.department(), instant(co.contributionDueAt()));
    mails.queue(key, c, MailKind.DEADLINE_MISSED, recipients.department(co.department()), missed,
        values(c, co, co.department()));
    if (co.escalateToLead() && c.leadDepartment() != null) {
      mails.queue(key + ":lead", c, MailKind.ESCALATED, recipients.department(c.leadDepartment()), missed,
          values(c, co, c.leadDepartment()));
    }
  }

  /** 协办签收提醒 (ADR 29): to the co-handling department's mailbox. */
  void signForReminder(CaseRecord c, CoOrderDeadline co) {
    mails.queue("co-sign-for-reminder:%s:%s:%s".formatted(c.caseNumber(), co.department(), instant(co.signForDueAt())), c,
        MailKind.DEADLINE_REMINDER, recipients.department(co.department()), signForReminder,
        values(c, co, co.department(), co.signForDueAt()));
  }

  /** 协办签收超时 (ADR 29): to the co-handling department and, when the rule says so, to the lead department. */
  void signForMissed(CaseRecord c, CoOrderDeadline co) {
    String key = "co-sign-for-missed:%s:%s:%s".formatted(c.caseNumber(), co.department(), instant(co.signForDueAt()));
    mails.queue(key, c, MailKind.DEADLINE_MISSED, recipients.department(co.department()), signForMissed,
        values(c, co, co.department(), co.signForDueAt()));
    if (co.escalateToLead() && c.leadDepartment() != null) {
      mails.queue(key + ":lead", c, MailKind.ESCALATED, recipients.department(c.leadDepartment()), signForMissed,
          values(c, co, c.leadDepartment(), co.signForDueAt()));
    }
  }

  private Map<String, String> values(CaseRecord c, CoOrderDeadline co, String recipient) {
    return values(c, co, recipient, co.contributionDueAt());
  }

  private Map<String, String> values(CaseRecord c, CoOrderDeadline co, String recipient, OffsetDateTime deadline) {
    Map<String, String> values = mails.forStaff(c);
    values.put("department", mails.departmentName(co.department()));
    values.put("recipient", mails.departmentName(recipient));
    values.put("deadline", dayTime(deadline));
    return values;
  }
}
