package io.gridcase.notification;

import java.time.OffsetDateTime;

/** A text message in the SMS outbox: what was told to whom, and whether the gateway took it. */
public record SmsEntry(
    long id, String dedupKey, String caseNumber, SmsKind kind, String phone, String text,
    OffsetDateTime createdAt, OffsetDateTime sentAt) {

  public boolean sent() {
    return sentAt != null;
  }
}
