package io.gridcase.handling;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.text;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mail that tells the reporter how the case was handled: 反馈. */
@Service
public class FeedbackMails {

  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseMails mails;
  private final MailTemplate feedback = MailTemplate.load("feedback");

  public FeedbackMails(CaseRecords records, CaseJournal journal, CaseMails mails) {
    this.records = records;
    this.journal = journal;
    this.mails = mails;
  }

  /** 反馈: the outcome, to the reporter, if the case has an e-mail address. Once per handling round. */
  public void feedback(String caseNumber) {
    CaseRecord handled = records.get(caseNumber);
    if (!handled.reporter().hasEmail()) {
      return;
    }
    Outcome outcome = handled.outcome() == null ? null : Outcome.valueOf(handled.outcome());
    Map<String, String> values = mails.forReporter(handled);
    values.put("reportedAt", dayTime(handled.reportedAt()));
    values.put("outcome", outcome == null ? "" : outcome.label());
    values.put("outcomeCode", outcome == null ? "" : outcome.name());
    values.put("resultSummary", text(handled.resultSummary()));
    mails.queue("feedback:%s:%d".formatted(caseNumber, handled.reopenCount()), handled, MailKind.FEEDBACK,
        List.of(handled.reporter().email()), feedback, values);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT, "mail");
  }
}
