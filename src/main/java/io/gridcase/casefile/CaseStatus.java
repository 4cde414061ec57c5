package io.gridcase.casefile;

/** Where a case stands overall; the finer position is its {@link CaseStage}. */
public enum CaseStatus {
  OPEN,
  CLOSED,
  CANCELLED
}
