package io.gridcase.engine;

/**
 * A weak-signal alert (弱信号预警) the town center reviews: {@code processes/weak-signal-alert.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class WeakSignalAlertProcess {

  public static final String ID = "weak-signal-alert";
  /** Start message: a spike of one category in one place. */
  public static final String MESSAGE_WEAK_SIGNAL_RAISED = "WeakSignalRaised";

  private WeakSignalAlertProcess() {}
}
