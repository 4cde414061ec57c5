package io.gridcase.notification;

/** What a text message in the SMS outbox is about. */
public enum SmsKind {
  /** 反馈 to a reporter who left a phone and no e-mail address. */
  FEEDBACK,
  /** SME "117": the lead department signed for the enterprise's complaint (reply within 1 hour). */
  SME_SIGNED,
  /** SME "117": the lead department's plan for it (within 1 day). */
  SME_PLAN,
  /** An urgent sensor alert, to the lead department's on-duty phone and the grid worker. */
  URGENT_ALERT
}
