package io.gridcase.casefile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The journal of every step taken on a case ({@code case_event}).
 *
 * <p>The steps a transaction records are written together, as one JDBC batch just before it commits
 * (an intake records seven: one round trip instead of seven; issue 14), so they commit or roll back
 * with it as before. Whatever is recorded after that, or outside a transaction, is written at once;
 * reading a case's journal writes what this transaction has recorded first. A transaction whose first
 * step is recorded while it already commits (by another synchronization's {@code beforeCommit}) has
 * its steps written right after its commit, in a transaction of their own, rather than lost.
 */
@Repository
public class CaseJournal {

  /** The actor of steps the engine takes on its own. */
  public static final String SYSTEM = "system";

  private static final int MAX_DETAIL = 2000;
  private static final String INSERT =
      "insert into case_event (case_number, occurred_at, actor, action, detail) values (?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final CaseClock clock;
  private final ApplicationEventPublisher events;
  private final CaseRows rows;
  private final PerTransaction<Unwritten> unwritten;

  public CaseJournal(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions, CaseClock clock,
      ApplicationEventPublisher events, CaseRows rows) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.unwritten = PerTransaction.of(Unwritten::new).beforeCommit(this::close, transactions);
    this.clock = clock;
    this.events = events;
    this.rows = rows;
  }

  /**
   * Records a step (written with the transaction's other steps just before it commits) and tells the
   * read models ({@link CaseChanged}) and the step's followers ({@link CaseStepJournaled}).
   */
  public void record(String caseNumber, String actor, CaseAction action, String detail) {
    Step step = step(caseNumber, actor, action, detail);
    Unwritten queue = unwritten.current();
    if (queue == null || queue.closed) {
      jdbc.sql(INSERT).params(step.columns()).update();
    } else {
      queue.steps.add(step);
    }
    published(step);
  }

  /** Records a step at once and returns its id ({@code case_event.id}), for what is keyed by it. */
  public long recordNow(String caseNumber, String actor, CaseAction action, String detail) {
    Step step = step(caseNumber, actor, action, detail);
    write(unwritten.existing());
    var id = new GeneratedKeyHolder();
    jdbc.sql(INSERT).params(step.columns()).update(id, "id");
    published(step);
    return id.getKey().longValue();
  }

  public List<CaseEvent> events(String caseNumber) {
    write(unwritten.existing()); // a transaction that recorded nothing has no queue, and gets none
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

  private Step step(String caseNumber, String actor, CaseAction action, String detail) {
    rows.lock(caseNumber); // the case row first, before the journal's foreign key takes a weaker lock on it
    return new Step(caseNumber, clock.now(), actor == null ? SYSTEM : actor, action, truncate(detail));
  }

  private void published(Step step) {
    events.publishEvent(new CaseChanged(step.caseNumber()));
    events.publishEvent(new CaseStepJournaled(step.caseNumber(), step.action(), step.occurredAt()));
  }

  private void close(Unwritten queue) {
    write(queue);
    queue.closed = true;
  }

  private void write(Unwritten queue) {
    if (queue != null && !queue.steps.isEmpty()) {
      batches.batchUpdate(INSERT, queue.steps.stream().map(Step::columns).toList());
      queue.steps.clear();
    }
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }

  /** One row of the journal, before it is written. */
  private record Step(String caseNumber, OffsetDateTime occurredAt, String actor, CaseAction action, String detail) {
    Object[] columns() {
      return new Object[] {caseNumber, occurredAt, actor, action.name(), detail};
    }
  }

  /** The steps a transaction recorded and has not written yet; closed once written before its commit. */
  private static final class Unwritten {
    final List<Step> steps = new ArrayList<>();
    boolean closed;
  }
}
