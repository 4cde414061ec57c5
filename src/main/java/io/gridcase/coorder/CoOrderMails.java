package io.gridcase.coorder;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.instant;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mails about a co-handler's own deadline: the reminder to it, the breach to it and to the lead. */
@Service
class CoOrderMails {

  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate reminder = MailTemplate.load("co-deadline-reminder");
  private final MailTemplate missed = MailTemplate.load("co-deadline-missed");

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

  private Map<String, String> values(CaseRecord c, CoOrderDeadline co, String recipient) {
    Map<String, String> values = mails.forStaff(c);
    values.put("department", mails.departmentName(co.department()));
    values.put("recipient", mails.departmentName(recipient));
    values.put("deadline", dayTime(co.contributionDueAt()));
    return values;
  }
}
