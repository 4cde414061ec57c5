package io.gridcase.notification;

import static io.gridcase.process.ProcessVariables.CASE_NUMBER;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.handling.Outcome;
import io.gridcase.process.Variables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendFeedbackMail} (反馈): tells the reporter the outcome. The task is asynchronous
 * with a retry cycle, so an SMTP outage delays the mail instead of losing it or the case.
 */
@Component("sendFeedbackMailDelegate")
public class SendFeedbackMailDelegate implements JavaDelegate {

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final CaseRecords records;
  private final CaseJournal journal;
  private final JavaMailSender mailSender;
  private final MailProperties properties;
  private final MailTemplate template = MailTemplate.load("feedback");

  public SendFeedbackMailDelegate(
      CaseRecords records, CaseJournal journal, JavaMailSender mailSender, MailProperties properties) {
    this.records = records;
    this.journal = journal;
    this.mailSender = mailSender;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord handled = records.get(Variables.required(execution, CASE_NUMBER));
    if (!handled.reporter().hasEmail()) {
      return;
    }
    Map<String, String> values = values(handled);
    var mail = new SimpleMailMessage();
    mail.setFrom(properties.from());
    mail.setTo(handled.reporter().email());
    mail.setSubject(template.subject(values));
    mail.setText(template.body(values));
    mailSender.send(mail);
    journal.record(handled.caseNumber(), CaseJournal.SYSTEM, CaseAction.FEEDBACK_SENT, "mail");
  }

  private static Map<String, String> values(CaseRecord handled) {
    Outcome outcome = handled.outcome() == null ? null : Outcome.valueOf(handled.outcome());
    String name = handled.reporter().anonymous() || handled.reporter().name() == null ? "" : "，" + handled.reporter().name();
    return Map.of(
        "caseNumber", handled.caseNumber(),
        "greeting", name,
        "reportedAt", DAY_TIME.format(handled.reportedAt()),
        "title", handled.title(),
        "outcome", outcome == null ? "" : outcome.label(),
        "outcomeCode", outcome == null ? "" : outcome.name(),
        "resultSummary", handled.resultSummary() == null ? "" : handled.resultSummary());
  }
}
