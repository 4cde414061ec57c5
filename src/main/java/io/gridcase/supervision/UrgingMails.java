package io.gridcase.supervision;

import static io.gridcase.notification.CaseMails.text;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mail of an urging: 催办, to whoever holds the case. */
@Service
public class UrgingMails {

  private final CaseRecords records;
  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate urged = MailTemplate.load("urged");

  public UrgingMails(CaseRecords records, CaseMails mails, Recipients recipients) {
    this.records = records;
    this.mails = mails;
    this.recipients = recipients;
  }

  /** 催办: a supervisor urges the case on, to whoever holds it. Once per urging. */
  public void urged(String caseNumber, String supervisor, String message, long urgingId) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = mails.forStaff(c);
    values.put("supervisor", supervisor);
    values.put("message", text(message));
    mails.queue("urged:%s:%d".formatted(caseNumber, urgingId), c, MailKind.URGED,
        recipients.holders(caseNumber), urged, values);
  }
}
