package io.gridcase.dispatch;

import java.util.List;

/** Port to the engine room: the running department-order instances. Implemented by {@code engine.EngineOutbound}. */
public interface RunningOrders {

  /** A running order instance with the department and role it was started with (either may be null). */
  record RunningOrder(String caseNumber, String instanceId, String department, String role) {}

  /** Every running {@code department-order} instance that has a business key. */
  List<RunningOrder> running();
}
