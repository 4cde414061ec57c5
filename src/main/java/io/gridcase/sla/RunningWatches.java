package io.gridcase.sla;

/**
 * Port to the engine room: the running stage-deadline watches of a case, where the town center
 * decides an extension request. Implemented by {@code engine.deadline.DeadlineWatches}.
 */
public interface RunningWatches {

  /**
   * Passes an extension request into the watch of the stage.
   *
   * @throws DeadlineException no watch waits for the stage's deadline
   */
  void requestExtension(String caseNumber, Stage stage, String extendBy, String reason, String requestedBy);

  /** Whether the watch of a stage holds a request the town center has not decided yet. */
  boolean extensionPending(String caseNumber, Stage stage);
}
