package io.gridcase.metrics;

/**
 * The supervisors' figures, each a ratio of two {@link Counter}s over the cases reported in the
 * period (or a count). Names are the JSON and CSV names; labels are the dashboard's.
 */
public enum Kpi {
  /** 办结率: closed / (closed + open cases past their 办结 deadline) */
  CLOSURE_RATE("closureRate", "办结率", Counter.CLOSED, null),
  /** 响应率: 签收回复 deadlines met on time / 签收回复 deadlines met or passed */
  RESPONSE_RATE("responseRate", "响应率", Counter.ACCEPT_ON_TIME, Counter.ACCEPT_DUE),
  PLAN_ON_TIME_RATE("planOnTimeRate", "方案按时率", Counter.PLAN_ON_TIME, Counter.PLAN_DUE),
  DONE_ON_TIME_RATE("doneOnTimeRate", "办结按时率", Counter.DONE_ON_TIME, Counter.DONE_DUE),
  /** 满意率: satisfied or basically satisfied / revisited (latest answer) */
  SATISFACTION_RATE("satisfactionRate", "满意率", Counter.SATISFIED, Counter.REVISITED),
  /** 重办率: reopened at least once / revisited; read it beside satisfaction */
  REOPEN_RATE("reopenRate", "重办率", Counter.REOPENED, Counter.REVISITED),
  /** 退单率: rejected at least once / dispatched */
  REJECTION_RATE("rejectionRate", "退单率", Counter.REJECTED, Counter.DISPATCHED),
  /** 超时三倍: a count, not a rate */
  FLAGGED_CASES("flaggedCases", "超时三倍案件", Counter.FLAGGED_CASES, null);

  private final String key;
  private final String label;
  private final Counter numerator;
  private final Counter denominator;

  Kpi(String key, String label, Counter numerator, Counter denominator) {
    this.key = key;
    this.label = label;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public boolean isRate() {
    return this != FLAGGED_CASES;
  }

  Counter numeratorCounter() {
    return numerator;
  }

  /** The denominator's counter, null for a count and for 办结率 (closed + due open). */
  Counter denominatorCounter() {
    return denominator;
  }

  long numerator(long[] counts) {
    return counts[numerator.ordinal()];
  }

  /** The denominator, or -1 for a count. */
  long denominator(long[] counts) {
    if (this == CLOSURE_RATE) {
      return counts[Counter.CLOSED.ordinal()] + counts[Counter.DUE_OPEN.ordinal()];
    }
    return denominator == null ? -1 : counts[denominator.ordinal()];
  }
}
