package io.gridcase.notification;

/** What a text message in the SMS outbox is about: the event of the case that sent it. */
public enum SmsKind {
  /** 反馈 to a reporter who left a phone and no e-mail address. */
  FEEDBACK,
  /** The lead department signed for its order (SME "117": reply within 1 hour). */
  LEAD_SIGNED,
  /** The lead department proposed its plan (SME "117": within 1 day). */
  PLAN_PROPOSED,
  /** The case was given to its departments (an urgent sensor alert). */
  DISPATCHED,
  /** A written notice to a petitioner (信访书面告知, ADR 23). */
  PETITION_NOTICE,
  /** A step of a dispute's mediation, to each party (ADR 26). */
  MEDIATION_NOTICE,
  /** 阶段性反馈: a complex case's reporter hears halfway that it is being handled (ADR 31). */
  INTERIM_FEEDBACK
}
