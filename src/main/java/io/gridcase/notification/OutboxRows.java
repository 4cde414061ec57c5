package io.gridcase.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of {@code mail_outbox}; runs in whatever transaction the caller has. */
@Repository
class OutboxRows {

  private final JdbcClient jdbc;

  OutboxRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the mail unless a row with its dedup key exists, and returns the new row's id. Two
   * transactions inserting the same key at once still meet the unique constraint: the caller
   * runs this under a savepoint. One round trip: the id comes back as the generated key.
   */
  Optional<Long> insertIfAbsent(OutgoingMail mail, Instant now) {
    // "insert ... select ... where not exists" is understood alike by H2 and PostgreSQL; the
    // casts tell both what type each parameter in the select list has
    var id = new GeneratedKeyHolder();
    int inserted =
        jdbc.sql(
                """
                insert into mail_outbox (dedup_key, case_number, kind, recipients, subject, body,
                  created_at, next_attempt_at, attempts)
                select cast(:key as varchar(200)), cast(:caseNumber as varchar(32)), cast(:kind as varchar(40)),
                  cast(:recipients as varchar(2000)), cast(:subject as varchar(500)), cast(:body as varchar(8000)),
                  cast(:now as timestamp with time zone), cast(:now as timestamp with time zone), 0
                where not exists (select 1 from mail_outbox where dedup_key = :key)
                """)
            .param("key", mail.dedupKey())
            .param("caseNumber", mail.caseNumber())
            .param("kind", mail.kind().name())
            .param("recipients", String.join(",", mail.recipients()))
            .param("subject", mail.subject())
            .param("body", mail.body())
            .param("now", utc(now))
            .update(id, "id");
    return inserted == 0 ? Optional.empty() : Optional.of(id.getKey().longValue());
  }

  List<Long> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select id from mail_outbox
            where sent_at is null and next_attempt_at <= :now and (locked_until is null or locked_until < :now)
            order by next_attempt_at, id limit :limit
            """)
        .param("now", utc(now))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** Takes the row for this node until {@code leaseEnd}; false if it is sent, not due or another node has it. */
  boolean claim(long id, Instant now, Instant leaseEnd) {
    return jdbc.sql(
                """
                update mail_outbox set locked_until = :leaseEnd, attempts = attempts + 1
                where id = :id and sent_at is null and next_attempt_at <= :now
                  and (locked_until is null or locked_until < :now)
                """)
            .param("leaseEnd", utc(leaseEnd))
            .param("id", id)
            .param("now", utc(now))
            .update()
        == 1;
  }

  void markSent(long id, Instant at) {
    jdbc.sql("update mail_outbox set sent_at = ?, locked_until = null, last_error = null where id = ?")
        .params(utc(at), id)
        .update();
  }

  void markFailed(long id, String error, Instant nextAttempt) {
    jdbc.sql(
            "update mail_outbox set next_attempt_at = ?, locked_until = null, last_error = ?"
                + " where id = ? and sent_at is null")
        .params(utc(nextAttempt), error, id)
        .update();
  }

  Optional<OutboxEntry> find(long id) {
    return jdbc.sql("select * from mail_outbox where id = ?").param(id).query(OutboxRows::map).optional();
  }

  List<OutboxEntry> ofCase(String caseNumber) {
    return jdbc.sql("select * from mail_outbox where case_number = ? order by id")
        .param(caseNumber)
        .query(OutboxRows::map)
        .list();
  }

  long unsent() {
    return jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single();
  }

  long failing(int minAttempts) {
    return jdbc.sql(
            "select count(*) from mail_outbox where sent_at is null and last_error is not null and attempts >= ?")
        .param(minAttempts)
        .query(Long.class)
        .single();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
    return new OutboxEntry(
        rs.getLong("id"),
        rs.getString("dedup_key"),
        rs.getString("case_number"),
        MailKind.valueOf(rs.getString("kind")),
        Arrays.asList(rs.getString("recipients").split(",")),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getInt("attempts"),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getString("last_error"));
  }
}
