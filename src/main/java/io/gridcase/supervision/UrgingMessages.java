package io.gridcase.supervision;

/**
 * Port to the engine room: an urging (催办) as a message into the running case, which mails whoever
 * holds it. Implemented by {@code engine.EngineOutbound}.
 */
public interface UrgingMessages {

  void urge(String caseNumber, String urgedBy, String message);
}
