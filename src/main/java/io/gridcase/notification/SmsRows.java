package io.gridcase.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code sms_outbox}; runs in whatever transaction the caller has. */
@Repository
class SmsRows {

  private final JdbcClient jdbc;

  SmsRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the message unless one with its dedup key exists (as {@link OutboxRows} does for mail). */
  Optional<Long> insertIfAbsent(OutgoingSms sms, Instant now) {
    int inserted =
        jdbc.sql(
                """
                insert into sms_outbox (dedup_key, case_number, kind, phone, text, created_at)
                select cast(:key as varchar(200)), cast(:caseNumber as varchar(32)), cast(:kind as varchar(40)),
                  cast(:phone as varchar(40)), cast(:text as varchar(1000)), cast(:now as timestamp with time zone)
                where not exists (select 1 from sms_outbox where dedup_key = :key)
                """)
            .param("key", sms.dedupKey())
            .param("caseNumber", sms.caseNumber())
            .param("kind", sms.kind().name())
            .param("phone", sms.phone())
            .param("text", sms.text())
            .param("now", utc(now))
            .update();
    if (inserted == 0) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql("select id from sms_outbox where dedup_key = ?").param(sms.dedupKey()).query(Long.class).single());
  }

  /** Marks the message sent, once: false if it was marked before. */
  boolean markSent(long id, Instant at) {
    return jdbc.sql("update sms_outbox set sent_at = ? where id = ? and sent_at is null").params(utc(at), id).update() == 1;
  }

  Optional<SmsEntry> find(long id) {
    return jdbc.sql("select * from sms_outbox where id = ?").param(id).query(SmsRows::map).optional();
  }

  List<SmsEntry> ofCase(String caseNumber) {
    return jdbc.sql("select * from sms_outbox where case_number = ? order by id").param(caseNumber).query(SmsRows::map).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static SmsEntry map(ResultSet rs, int row) throws SQLException {
    return new SmsEntry(
        rs.getLong("id"),
        rs.getString("dedup_key"),
        rs.getString("case_number"),
        SmsKind.valueOf(rs.getString("kind")),
        rs.getString("phone"),
        rs.getString("text"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class));
  }
}
