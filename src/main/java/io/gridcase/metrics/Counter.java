package io.gridcase.metrics;

/**
 * What a case counts for, one column each in {@code kpi_case} and {@code kpi_rollup}. A case adds
 * 0 or 1 to each counter (the stage counters and {@code reopens}, {@code rejections} may add more).
 */
public enum Counter {
  /** reported in the period (the case's cohort day is the day it was reported, China time) */
  CASES("受理量"),
  CANCELLED("撤销"),
  CLOSED("办结"),
  /** open, and its 办结 (DONE) deadline has passed unmet: a case that should be closed by now */
  DUE_OPEN("应结未结"),
  /** open, with any stage deadline passed unmet */
  OVERDUE_OPEN("超期未结"),
  DISPATCHED("派单"),
  /** 签收回复 deadlines decided: met (on time or late) or passed unmet; one per handling round */
  ACCEPT_DUE("应签收回复"),
  ACCEPT_ON_TIME("按时签收回复"),
  PLAN_DUE("应提出方案"),
  PLAN_ON_TIME("按时提出方案"),
  DONE_DUE("应办结"),
  DONE_ON_TIME("按时办结"),
  /** the reporter answered the revisit call; the latest answer counts */
  REVISITED("已回访"),
  /** 满意 or 基本满意 */
  SATISFIED("满意"),
  /** reopened at least once (an unsatisfied revisit) */
  REOPENED("重办案件"),
  REOPENS("重办次数"),
  /** rejected (退单) at least once by a department */
  REJECTED("退单案件"),
  REJECTIONS("退单次数"),
  /** three times over a deadline (超时三倍) */
  FLAGGED_CASES("超时三倍");

  private final String label;

  Counter(String label) {
    this.label = label;
  }

  /** The Chinese name: dashboard, drill-down and CSV headers. */
  public String label() {
    return label;
  }

  /**
   * Counted per department order, not per case, in the DEPARTMENT rows: each department the case
   * gave an order to (lead or co-handler) adds its own order and its own rejections, so a rejection
   * is credited to the department that rejected (kpi_case_department), never to the final lead.
   */
  static final java.util.Set<Counter> PER_ORDER = java.util.EnumSet.of(DISPATCHED, REJECTED, REJECTIONS);

  /**
   * Counted for the lead from the case's stage deadlines and, in addition, per co-handler order
   * against the co-handler's own deadlines (ADR 24): only in the co-handler's DEPARTMENT row, never
   * in the city's or any other dimension's.
   */
  static final java.util.Set<Counter> CO_ORDER = java.util.EnumSet.of(ACCEPT_DUE, ACCEPT_ON_TIME, DONE_DUE, DONE_ON_TIME);

  public String column() {
    return name().toLowerCase();
  }

  static final Counter[] ALL = values();
}
