package io.gridcase.engine;

/**
 * A weak-signal alert (弱信号预警) the town center reviews: {@code processes/weak-signal-alert.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class WeakSignalAlertProcess {

  public static final String ID = "weak-signal-alert";
  /** Start message: a spike of one category in one place. */
  public static final String MESSAGE_WEAK_SIGNAL_RAISED = "WeakSignalRaised";
  public static final String TASK_REVIEW = "UserTask_ReviewWeakSignal";
  public static final String TASK_OPEN_COMMON_CAUSE_CASE = "Task_OpenCommonCauseCase";
  public static final String END_COMMON_CAUSE_CASE_OPENED = "EndEvent_CommonCauseCaseOpened";
  public static final String END_REVIEWED = "EndEvent_WeakSignalReviewed";
  /** The review form's finding ({@code signals.ReviewFinding}) and note. */
  public static final String VAR_FINDING = "weakSignalFinding";
  public static final String VAR_NOTE = "weakSignalNote";

  private static final String KEY_PREFIX = "WS-";

  private WeakSignalAlertProcess() {}

  /**
   * The alert of an instance, from its business key {@code WS-<id>}, not from the {@code alertId}
   * variable, which a task completion could overwrite.
   */
  public static long alertId(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
      throw new IllegalStateException("weak-signal-alert instance without a WS-<id> business key: " + businessKey);
    }
    return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
  }

  public static String businessKey(long alertId) {
    return KEY_PREFIX + alertId;
  }
}
