package io.gridcase.closing;

/** Port to the engine room: tells a running case it is cancelled. Implemented by {@code engine.EngineOutbound}. */
public interface CaseCancellations {

  /** Sends {@code CaseCancelled} into the case's lifecycle, which ends it wherever it is. */
  void cancelled(String caseNumber, String reason);
}
