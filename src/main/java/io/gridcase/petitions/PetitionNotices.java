package io.gridcase.petitions;

import static io.gridcase.notification.CaseMails.dayTime;
import static io.gridcase.notification.CaseMails.text;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.CitizenNotices;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsTemplate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The written notices (书面告知) a petitioner gets: the text is kept on the petition row, mailed to
 * a petitioner with an e-mail address, else announced by SMS; queued in the step's transaction.
 */
@Service
public class PetitionNotices {

  /** The department whose name signs the notices: the petition bureau of the directory. */
  static final String OFFICE = "PETITION";

  private final CaseMails mails;
  private final CitizenNotices notices;
  private final CaseJournal journal;
  private final MailTemplate accepted = MailTemplate.load("petition-accepted");
  private final MailTemplate notAccepted = MailTemplate.load("petition-not-accepted");
  private final MailTemplate opinion = MailTemplate.load("petition-opinion");
  private final MailTemplate review = MailTemplate.load("petition-review");
  private final SmsTemplate notice = SmsTemplate.load("petition-notice");

  public PetitionNotices(CaseMails mails, CitizenNotices notices, CaseJournal journal) {
    this.mails = mails;
    this.notices = notices;
    this.journal = journal;
  }

  /** The acceptance notice (受理告知书 or 不予受理告知书), sent; answers its text. */
  String acceptance(CaseRecord petition, boolean accept, NotAcceptedReason reason, String note, OffsetDateTime at) {
    Map<String, String> values = values(petition);
    values.put("decidedAt", dayTime(at));
    values.put("note", text(note));
    values.put("reason", reason == null ? "" : reason.label());
    values.put("decision", accept ? "经审查决定予以受理" : "经审查决定不予受理（" + values.get("reason") + "）");
    MailTemplate template = accept ? accepted : notAccepted;
    send("petition:%s:acceptance".formatted(petition.caseNumber()), petition, template, values);
    return template.body(values).strip();
  }

  /** The handling opinion (处理意见书) with its outcome class and the review window, sent; answers its text. */
  String opinion(CaseRecord petition, OutcomeClass outcomeClass, String opinionText, OffsetDateTime at,
      OffsetDateTime reviewRequestDueAt, long reviewWindowDays) {
    Map<String, String> values = values(petition);
    values.put("opinionAt", dayTime(at));
    values.put("outcomeClass", outcomeClass.label());
    values.put("opinion", text(opinionText));
    values.put("reviewWindowDays", Long.toString(reviewWindowDays));
    values.put("reviewRequestDueAt", dayTime(reviewRequestDueAt));
    values.put("decision", "已出具处理意见书，处理结论：" + outcomeClass.label() + "；不服的可于 " + dayTime(reviewRequestDueAt)
        + " 前请求复查");
    send("petition:%s:opinion:%s".formatted(petition.caseNumber(), CaseMails.instant(at)), petition, opinion, values);
    return opinion.body(values).strip();
  }

  /** The review's conclusion (复查意见书): upheld or changed, with the class it now has; sent. */
  void review(CaseRecord petition, boolean upheld, OutcomeClass outcomeClass, String note, OffsetDateTime at) {
    Map<String, String> values = values(petition);
    values.put("reviewedAt", dayTime(at));
    values.put("result", upheld ? "维持原处理意见" : "变更原处理意见");
    values.put("outcomeClass", outcomeClass.label());
    values.put("note", note);
    values.put("decision", "复查结论：" + values.get("result") + "，处理结论：" + outcomeClass.label());
    send("petition:%s:review".formatted(petition.caseNumber()), petition, review, values);
  }

  private void send(String key, CaseRecord petition, MailTemplate template, Map<String, String> values) {
    notices.tell(key, petition, petition.reporter().email(), petition.reporter().phone(),
            new CitizenNotices.Notice(MailKind.PETITION_NOTICE, template, SmsKind.PETITION_NOTICE, notice), values)
        .ifPresent(way -> journal.record(petition.caseNumber(), CaseJournal.SYSTEM, CaseAction.PETITION_NOTICE_SENT,
            way.journalText()));
  }

  private Map<String, String> values(CaseRecord petition) {
    Map<String, String> values = mails.forReporter(petition);
    boolean named = !petition.reporter().anonymous() && petition.reporter().name() != null;
    values.put("name", named ? petition.reporter().name() : "信访人");
    values.put("reportedAt", dayTime(petition.reportedAt()));
    values.put("office", mails.departmentNameZh(OFFICE));
    return values;
  }
}
