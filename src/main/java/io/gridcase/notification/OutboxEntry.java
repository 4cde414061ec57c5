package io.gridcase.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of the mail outbox as it stands: queued, being retried, or sent. */
public record OutboxEntry(
    long id,
    String dedupKey,
    String caseNumber,
    MailKind kind,
    List<String> recipients,
    String subject,
    String body,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    int attempts,
    OffsetDateTime sentAt,
    String lastError) {

  public boolean sent() {
    return sentAt != null;
  }
}
