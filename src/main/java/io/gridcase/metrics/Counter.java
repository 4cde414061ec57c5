package io.gridcase.metrics;

/**
 * What a case counts for, one column each in {@code kpi_case} and {@code kpi_rollup}. A case adds
 * 0 or 1 to each counter (the stage counters and {@code reopens}, {@code rejections} may add more).
 */
public enum Counter {
  /** reported in the period (the case's cohort day is the day it was reported, China time) */
  CASES,
  CANCELLED,
  CLOSED,
  /** open, and its 办结 (DONE) deadline has passed unmet: a case that should be closed by now */
  DUE_OPEN,
  /** open, with any stage deadline passed unmet */
  OVERDUE_OPEN,
  DISPATCHED,
  /** 签收回复 deadlines decided: met (on time or late) or passed unmet; one per handling round */
  ACCEPT_DUE,
  ACCEPT_ON_TIME,
  PLAN_DUE,
  PLAN_ON_TIME,
  DONE_DUE,
  DONE_ON_TIME,
  /** the reporter answered the revisit call; the latest answer counts */
  REVISITED,
  /** 满意 or 基本满意 */
  SATISFIED,
  /** reopened at least once (an unsatisfied revisit) */
  REOPENED,
  REOPENS,
  /** rejected (退单) at least once by a department */
  REJECTED,
  REJECTIONS,
  /** three times over a deadline (超时三倍) */
  FLAGGED_CASES;

  /**
   * Counted per department order, not per case, in the DEPARTMENT rows: each department the case
   * gave an order to (lead or co-handler) adds its own order and its own rejections, so a rejection
   * is credited to the department that rejected (kpi_case_department), never to the final lead.
   */
  static final java.util.Set<Counter> PER_ORDER = java.util.EnumSet.of(DISPATCHED, REJECTED, REJECTIONS);

  public String column() {
    return name().toLowerCase();
  }

  static final Counter[] ALL = values();
}
