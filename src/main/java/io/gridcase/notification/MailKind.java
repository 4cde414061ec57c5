package io.gridcase.notification;

/** What a mail in the outbox is about. */
public enum MailKind {
  FEEDBACK,
  ORDER_DISPATCHED,
  DEADLINE_REMINDER,
  DEADLINE_MISSED,
  ESCALATED,
  EXTENSION_DECIDED,
  URGED,
  WEAK_SIGNAL,
  PETITION_NOTICE,
  MEDIATION_NOTICE,
  INTERIM_FEEDBACK
}
