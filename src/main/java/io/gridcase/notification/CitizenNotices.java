package io.gridcase.notification;

import io.gridcase.casefile.CaseRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A notice to one citizen about their case (a petitioner, a reporter, a party of a dispute): mailed
 * to one who gave an e-mail address, else texted to their phone, through the outboxes in the
 * caller's transaction, so nothing is lost when the mail server or SMS gateway is away.
 */
@Service
public class CitizenNotices {

  /** Which way a notice went; as the journal writes it, {@code mail} or {@code sms}. */
  public enum Way {
    MAIL("邮件"), SMS("短信");

    private final String label;

    Way(String label) {
      this.label = label;
    }

    public String journalText() {
      return name().toLowerCase();
    }

    /** As people read it on the case page. */
    public String label() {
      return label;
    }
  }

  /** What a notice is and its two forms: the mail (subject and body) and the text message. */
  public record Notice(MailKind mailKind, MailTemplate mail, SmsKind smsKind, SmsTemplate sms) {}

  private final CaseMails mails;
  private final SmsOutbox sms;

  public CitizenNotices(CaseMails mails, SmsOutbox sms) {
    this.mails = mails;
    this.sms = sms;
  }

  /**
   * Queues the notice under {@code key} (once per key) to {@code email}, else {@code phone};
   * answers which way it went, empty when the citizen left neither.
   */
  public Optional<Way> tell(String key, CaseRecord c, String email, String phone, Notice notice,
      Map<String, String> values) {
    if (email != null && !email.isBlank()) {
      mails.queue(key, c, notice.mailKind(), List.of(email), notice.mail(), values);
      return Optional.of(Way.MAIL);
    }
    if (phone != null && !phone.isBlank()) {
      sms.enqueue(new OutgoingSms(key, c.caseNumber(), notice.smsKind(), phone, notice.sms().text(values)));
      return Optional.of(Way.SMS);
    }
    return Optional.empty();
  }
}
