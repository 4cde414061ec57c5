package io.gridcase.sla;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.instant;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.CitizenNotices;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsTemplate;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 阶段性反馈 (ADR 31): a case whose answer takes long (the feedback-deadline decision says which)
 * tells its reporter at the FEEDBACK reminder that it is being handled and by when to expect the
 * answer: mailed, else texted, queued in the step's transaction, once per handling round and
 * deadline. A reporter who left neither address nor phone hears nothing and the journal says nothing,
 * as with the other citizen notices.
 */
@Service
public class InterimFeedback {

  private final CaseDeadlines deadlines;
  private final CaseRecords records;
  private final CaseMails mails;
  private final CitizenNotices notices;
  private final CaseJournal journal;
  private final CitizenNotices.Notice notice = new CitizenNotices.Notice(MailKind.INTERIM_FEEDBACK,
      MailTemplate.load("interim-feedback"), SmsKind.INTERIM_FEEDBACK, SmsTemplate.load("interim-feedback"));

  public InterimFeedback(CaseDeadlines deadlines, CaseRecords records, CaseMails mails, CitizenNotices notices,
      CaseJournal journal) {
    this.deadlines = deadlines;
    this.records = records;
    this.mails = mails;
    this.notices = notices;
    this.journal = journal;
  }

  /** Tells the reporter of {@code caseNumber} the answer is due by the open FEEDBACK deadline. */
  public void tell(String caseNumber) {
    CaseDeadline deadline = deadlines.current(caseNumber, Stage.FEEDBACK).filter(CaseDeadline::isOpen)
        .orElseThrow(() -> new DeadlineException("%s has no open FEEDBACK deadline".formatted(caseNumber)));
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = mails.forReporter(c);
    values.put("reportedAt", dayTime(c.reportedAt()));
    values.put("expectedBy", dayTime(deadline.dueAt()));
    String key = "interim:%s:%d:%s".formatted(caseNumber, deadline.round(), instant(deadline.dueAt()));
    notices.tell(key, c, c.reporter().email(), c.reporter().phone(), notice, values)
        .ifPresent(way -> journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.INTERIM_FEEDBACK_SENT,
            way.label() + "，预计 " + values.get("expectedBy") + " 前答复"));
  }
}
