package io.gridcase.notification;

import java.util.List;
import java.util.Map;

/** Port to the engine room: the {@code sms-notices} decision (ADR 17). Implemented by {@code engine.EngineOutbound}. */
public interface SmsNoticeRules {

  /** Every matching row: {@code recipient} and {@code template} of each message the event sends. */
  List<Map<String, Object>> notices(SmsKind event, String channel, String priority, boolean sme);
}
