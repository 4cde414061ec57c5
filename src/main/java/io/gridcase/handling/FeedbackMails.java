package io.gridcase.handling;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.text;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.CitizenNotices;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.OutgoingSms;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.notification.SmsTemplate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mail, or for a reporter who left only a phone the text message, that tells how the case was handled: 反馈. */
@Service
public class FeedbackMails {

  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseMails mails;
  private final SmsOutbox sms;
  private final CitizenNotices notices;
  private final MailTemplate feedback = MailTemplate.load("feedback");
  private final SmsTemplate feedbackSms = SmsTemplate.load("feedback");

  public FeedbackMails(CaseRecords records, CaseJournal journal, CaseMails mails, SmsOutbox sms,
      CitizenNotices notices) {
    this.records = records;
    this.journal = journal;
    this.mails = mails;
    this.sms = sms;
    this.notices = notices;
  }

  /** 反馈: the outcome, to the reporter, if the case has an e-mail address. Once per handling round. */
  public void feedback(String caseNumber) {
    CaseRecord handled = records.get(caseNumber);
    if (!handled.reporter().hasEmail()) {
      return;
    }
    mails.queue(key(handled), handled, MailKind.FEEDBACK, List.of(handled.reporter().email()), feedback, values(handled));
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT, "mail");
  }

  /** 反馈 by SMS (ADR 17), if the case has a phone. Once per handling round. */
  public void feedbackBySms(String caseNumber) {
    CaseRecord handled = records.get(caseNumber);
    if (!handled.reporter().hasPhone()) {
      return;
    }
    sms.enqueue(new OutgoingSms(key(handled), caseNumber, SmsKind.FEEDBACK, handled.reporter().phone(),
        feedbackSms.text(values(handled))));
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT, "sms");
  }

  /**
   * 反馈 to the reporter of a case closed as 重复件 (ADR 19): the outcome of the case it was linked
   * to, by mail or else by SMS, once per duplicate.
   */
  public void feedbackAsDuplicate(String duplicateCaseNumber, String masterCaseNumber) {
    CaseRecord duplicate = records.get(duplicateCaseNumber);
    CaseRecord master = records.get(masterCaseNumber);
    Map<String, String> values = values(master);
    values.putAll(mails.forReporter(duplicate));
    values.put("reportedAt", dayTime(duplicate.reportedAt()));
    values.put("resultSummary", "您反映的问题与案件 %s 是同一问题，已合并办理。%s".formatted(master.caseNumber(),
        text(master.resultSummary())));
    String key = "feedback:%s:master:%s".formatted(duplicateCaseNumber, masterCaseNumber);
    notices.tell(key, duplicate, duplicate.reporter().email(), duplicate.reporter().phone(),
            new CitizenNotices.Notice(MailKind.FEEDBACK, feedback, SmsKind.FEEDBACK, feedbackSms), values)
        .ifPresent(way -> journal.record(duplicateCaseNumber, CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT,
            way.journalText() + " " + masterCaseNumber));
  }

  private static String key(CaseRecord handled) {
    return "feedback:%s:%d".formatted(handled.caseNumber(), handled.reopenCount());
  }

  private Map<String, String> values(CaseRecord handled) {
    Outcome outcome = handled.outcome() == null ? null : Outcome.valueOf(handled.outcome());
    Map<String, String> values = mails.forReporter(handled);
    values.put("reportedAt", dayTime(handled.reportedAt()));
    values.put("outcome", outcome == null ? "" : outcome.label());
    values.put("outcomeCode", outcome == null ? "" : outcome.name());
    values.put("resultSummary", text(handled.resultSummary()));
    return values;
  }
}
