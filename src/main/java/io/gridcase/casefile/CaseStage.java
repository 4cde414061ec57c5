package io.gridcase.casefile;

/** The lifecycle stages of DESIGN.md, in order; set by the models through {@link CaseStages}. */
public enum CaseStage {
  INTAKE,
  TRIAGE,
  ON_THE_SPOT,
  DISPATCH,
  HANDLING,
  FEEDBACK,
  REVISIT,
  CLOSED,
  CANCELLED
}
