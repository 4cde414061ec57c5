package io.gridcase.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.casefile.CaseStepJournaled;
import io.gridcase.casefile.PerTransaction;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues the status events of a case for every callback of its channel, in the transaction of the
 * step that the journal records: an event exists exactly when its step commits (ADR 21).
 * {@link CallbackDispatcher} posts them afterwards.
 */
@Component
public class CallbackOutbox {

  private final JdbcClient jdbc;
  private final DeliveryRows rows;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();
  /** A case's callbacks, read once per transaction: an intake journals two steps that have events. */
  private final PerTransaction<Map<String, List<Long>>> callbacksOfCase = PerTransaction.of(HashMap::new);

  public CallbackOutbox(JdbcClient jdbc, DeliveryRows rows, ObjectMapper json) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.json = json;
  }

  @EventListener
  public void stepJournaled(CaseStepJournaled step) {
    CallbackEventType.of(step.action()).ifPresent(type -> queue(step, type));
  }

  /** One row per callback registered for the case's channel; nothing when there is none. */
  void queue(CaseStepJournaled step, CallbackEventType type) {
    Map<String, List<Long>> known = callbacksOfCase.current();
    List<Long> callbacks = known == null ? callbacks(step.caseNumber())
        : known.computeIfAbsent(step.caseNumber(), this::callbacks);
    if (callbacks.isEmpty()) {
      return;
    }
    // the case row's lock makes concurrent steps of one case take their sequence numbers in turn
    CaseOrigin origin =
        jdbc.sql("select channel, external_id from case_record where case_number = ? for update")
            .param(step.caseNumber())
            .query((rs, row) -> new CaseOrigin(rs.getString("channel"), rs.getString("external_id")))
            .single();
    for (long callback : callbacks) {
      int sequence = rows.nextSequence(callback, step.caseNumber());
      String eventId = UUID.randomUUID().toString();
      String payload = payload(new CallbackEvent(eventId, type.wireName(), sequence, step.caseNumber(), origin.channel(),
          origin.externalId(), step.action().name(), step.action().label(),
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(step.occurredAt())));
      rows.insert(callback, step.caseNumber(), sequence, eventId, type, payload, clock.instant());
    }
  }

  private List<Long> callbacks(String caseNumber) {
    return jdbc.sql(
            """
            select s.id from callback_subscription s join case_record c on c.channel = s.channel
            where c.case_number = ? and s.removed_at is null order by s.id
            """)
        .param(caseNumber)
        .query(Long.class)
        .list();
  }

  private String payload(CallbackEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a callback event of plain strings is always JSON", e);
    }
  }

  private record CaseOrigin(String channel, String externalId) {}
}
