package io.gridcase.notification;

/** What a text message in the SMS outbox is about. */
public enum SmsKind {
  /** 反馈 to a reporter who left a phone and no e-mail address. */
  FEEDBACK
}
