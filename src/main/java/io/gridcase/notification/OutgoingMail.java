package io.gridcase.notification;

import java.util.List;

/**
 * One mail to put in the outbox. {@code dedupKey} names the event the mail is about, so that
 * the same event never makes a second mail, however often the code that reports it runs.
 */
public record OutgoingMail(
    String dedupKey, String caseNumber, MailKind kind, List<String> recipients, String subject, String body) {

  public OutgoingMail {
    if (dedupKey == null || dedupKey.isBlank()) {
      throw new IllegalArgumentException("a mail needs a dedup key");
    }
    recipients = recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
    subject = cut(subject, 500);
    body = cut(body, 8000);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
