package io.gridcase.notification;

/**
 * One text message to put in the SMS outbox. {@code dedupKey} names the event, so the same event
 * never makes a second message, however often the code that reports it runs.
 */
public record OutgoingSms(String dedupKey, String caseNumber, SmsKind kind, String phone, String text) {

  /** What one message may hold: about six SMS parts of Chinese text. */
  public static final int MAX_TEXT = 400;

  public OutgoingSms {
    if (dedupKey == null || dedupKey.isBlank()) {
      throw new IllegalArgumentException("a text message needs a dedup key");
    }
    phone = phone == null ? "" : phone.strip();
    text = text.length() <= MAX_TEXT ? text.strip() : text.substring(0, MAX_TEXT - 1) + "…";
  }
}
