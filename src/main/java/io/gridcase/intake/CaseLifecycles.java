package io.gridcase.intake;

/** Port to the engine room: the case's lifecycle process. Implemented by {@code engine.EngineOutbound}. */
public interface CaseLifecycles {

  /** Starts {@code case-lifecycle} for a registered case (business key = case number). */
  void start(String caseNumber);
}
