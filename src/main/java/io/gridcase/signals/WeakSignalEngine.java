package io.gridcase.signals;

import java.util.List;
import java.util.Map;

/** Port to the engine room: the weak-signal rules and alerts. Implemented by {@code engine.EngineOutbound}. */
public interface WeakSignalEngine {

  /** The rows of {@code weak-signal-rules} (COLLECT) for a category: {@code scope}, {@code window}, {@code threshold}. */
  List<Map<String, Object>> watches(String category);

  /** Starts {@code weak-signal-alert} for an alert (business key {@code WS-<id>}) with its variables. */
  void raise(long alertId, Map<String, Object> variables);
}
