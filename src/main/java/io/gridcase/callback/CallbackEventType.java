package io.gridcase.callback;

import io.gridcase.casefile.CaseAction;
import java.util.Optional;

/**
 * The status events a channel system is told about, and which journalled steps they are: the one
 * place that maps the case journal to callbacks (ADR 21). Other steps (stage changes, reminders,
 * urgings …) are internal and post nothing.
 */
public enum CallbackEventType {
  /** 受理: the case was registered. */
  ACCEPTED,
  /** 派单 / 改派: the case went (again) to a department. */
  DISPATCHED,
  /** 签收: a department signed for its order. */
  SIGNED,
  /** 提出方案: the lead department proposed its plan. */
  PLAN,
  /** 报告结果 / 就地化解: a result was reported. */
  RESULT,
  /** 办结 / 撤销: the case is finished; {@code step} tells which. */
  CLOSED;

  /** The event a journalled step is, if it is one a channel hears about. */
  public static Optional<CallbackEventType> of(CaseAction action) {
    return Optional.ofNullable(
        switch (action) {
          case REPORTED -> ACCEPTED;
          case DISPATCHED, REDISPATCHED -> DISPATCHED;
          case SIGNED -> SIGNED;
          case PLAN_PROPOSED -> PLAN;
          case RESULT_REPORTED, RESOLVED_ON_THE_SPOT -> RESULT;
          case CLOSED, CANCELLED -> CLOSED;
          default -> null;
        });
  }

  /** The name on the wire: {@code accepted}, {@code dispatched} … */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
