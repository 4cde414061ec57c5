package io.gridcase.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The journal of every step taken on a case ({@code case_event}). */
@Repository
public class CaseJournal {

  /** The actor of steps the engine takes on its own. */
  public static final String SYSTEM = "system";

  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;
  private final CaseClock clock;
  private final ApplicationEventPublisher events;
  private final CaseRows rows;

  public CaseJournal(JdbcClient jdbc, CaseClock clock, ApplicationEventPublisher events, CaseRows rows) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Records a step, tells the read models ({@link CaseChanged}) and the step's followers
   * ({@link CaseStepJournaled}) and returns its id.
   */
  public long record(String caseNumber, String actor, CaseAction action, String detail) {
    rows.lock(caseNumber); // the case row first, before the journal's foreign key takes a weaker lock on it
    var id = new GeneratedKeyHolder();
    OffsetDateTime now = clock.now();
    jdbc.sql(
            "insert into case_event (case_number, occurred_at, actor, action, detail)"
                + " values (?, ?, ?, ?, ?)")
        .params(caseNumber, now, actor == null ? SYSTEM : actor, action.name(), truncate(detail))
        .update(id, "id");
    events.publishEvent(new CaseChanged(caseNumber));
    long eventId = id.getKey().longValue();
    events.publishEvent(new CaseStepJournaled(caseNumber, eventId, action, now));
    return eventId;
  }

  public List<CaseEvent> events(String caseNumber) {
    return jdbc.sql(
            "select occurred_at, actor, action, detail from case_event where case_number = ? order by id")
        .param(caseNumber)
        .query(
            (rs, row) ->
                new CaseEvent(
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"),
                    CaseAction.valueOf(rs.getString("action")),
                    rs.getString("detail")))
        .list();
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }
}
