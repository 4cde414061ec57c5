package io.gridcase.callback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@code callback_delivery}; runs in whatever transaction the caller has. A row is
 * ready when it is not delivered, not given up, due, not leased by a node, its callback is
 * still registered, and every earlier event of the same case for the same callback is delivered.
 */
@Repository
class DeliveryRows {

  private static final String READY =
      """
      d.delivered_at is null and d.given_up_at is null and d.next_attempt_at <= :now
        and (d.locked_until is null or d.locked_until < :now)
        and exists (select 1 from callback_subscription s where s.id = d.subscription_id and s.removed_at is null)
        and not exists (select 1 from callback_delivery e
          where e.subscription_id = d.subscription_id and e.case_number = d.case_number
            and e.sequence < d.sequence and e.delivered_at is null)
      """;

  private final JdbcClient jdbc;

  DeliveryRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next sequence number of the callback's events of the case (1 for the first). */
  int nextSequence(long subscriptionId, String caseNumber) {
    return jdbc.sql("select coalesce(max(sequence), 0) + 1 from callback_delivery where subscription_id = ? and case_number = ?")
        .params(subscriptionId, caseNumber)
        .query(Integer.class)
        .single();
  }

  void insert(long subscriptionId, String caseNumber, int sequence, String eventId, CallbackEventType type,
      String payload, Instant now) {
    jdbc.sql(
            """
            insert into callback_delivery (subscription_id, case_number, sequence, event_id, event_type, payload,
              created_at, next_attempt_at, attempts)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)
            """)
        .params(subscriptionId, caseNumber, sequence, eventId, type.wireName(), payload, utc(now), utc(now))
        .update();
  }

  List<Long> ready(Instant now, int limit) {
    return jdbc.sql("select d.id from callback_delivery d where " + READY + " order by d.next_attempt_at, d.id limit :limit")
        .param("now", utc(now))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** Takes the row for this node until {@code leaseEnd}; false if it is not ready or another node has it. */
  boolean claim(long id, Instant now, Instant leaseEnd) {
    return jdbc.sql("update callback_delivery d set locked_until = :leaseEnd, attempts = attempts + 1 where d.id = :id and " + READY)
            .param("leaseEnd", utc(leaseEnd))
            .param("id", id)
            .param("now", utc(now))
            .update()
        == 1;
  }

  Optional<Delivery> find(long id) {
    return jdbc.sql(
            """
            select d.id, d.case_number, d.sequence, d.event_id, d.event_type, d.payload, d.attempts, s.url, s.secret
            from callback_delivery d join callback_subscription s on s.id = d.subscription_id
            where d.id = ?
            """)
        .param(id)
        .query((rs, row) -> new Delivery(
            rs.getLong("id"),
            rs.getString("case_number"),
            rs.getInt("sequence"),
            rs.getString("event_id"),
            rs.getString("event_type"),
            rs.getString("payload"),
            rs.getInt("attempts"),
            rs.getString("url"),
            rs.getString("secret")))
        .optional();
  }

  void markDelivered(long id, Instant at) {
    jdbc.sql("update callback_delivery set delivered_at = ?, locked_until = null, last_error = null where id = ?")
        .params(utc(at), id)
        .update();
  }

  void markFailed(long id, String error, Instant nextAttempt) {
    jdbc.sql("update callback_delivery set next_attempt_at = ?, locked_until = null, last_error = ? where id = ? and delivered_at is null")
        .params(utc(nextAttempt), error, id)
        .update();
  }

  void markGivenUp(long id, String error, Instant at) {
    jdbc.sql("update callback_delivery set given_up_at = ?, locked_until = null, last_error = ? where id = ? and delivered_at is null")
        .params(utc(at), error, id)
        .update();
  }

  int resendGivenUp(long subscriptionId, Instant now) {
    return jdbc.sql(
            """
            update callback_delivery set given_up_at = null, attempts = 0, next_attempt_at = ?, locked_until = null
            where subscription_id = ? and delivered_at is null and given_up_at is not null
            """)
        .params(utc(now), subscriptionId)
        .update();
  }

  long waiting() {
    return count("d.given_up_at is null");
  }

  long givenUp() {
    return count("d.given_up_at is not null");
  }

  private long count(String condition) {
    return jdbc.sql(
            "select count(*) from callback_delivery d join callback_subscription s on s.id = d.subscription_id"
                + " where s.removed_at is null and d.delivered_at is null and " + condition)
        .query(Long.class)
        .single();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
