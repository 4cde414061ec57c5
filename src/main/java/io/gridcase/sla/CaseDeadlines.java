package io.gridcase.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import io.gridcase.casefile.CaseRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_deadline}. */
@Repository
public class CaseDeadlines {

  private static final String CURRENT =
      " where case_number = ? and stage = ? and round = (select max(round) from case_deadline d"
          + " where d.case_number = case_deadline.case_number and d.stage = case_deadline.stage)";

  private final JdbcClient jdbc;
  private final CaseRows rows;

  public CaseDeadlines(JdbcClient jdbc, CaseRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  public void insert(String caseNumber, Stage stage, int round, OffsetDateTime startedAt, Schedule schedule, boolean workingDays) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    jdbc.sql(
            "insert into case_deadline (case_number, stage, round, started_at, due_at, reminder_at, escalate_at,"
                + " working_days, extensions) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
        .params(caseNumber, stage.name(), round, startedAt, schedule.dueAt(), schedule.reminderAt(),
            schedule.escalateAt(), workingDays)
        .update();
    rows.inserted(caseNumber, CaseRows.Table.CASE_DEADLINE, stage);
    // the stage's newest round, in full: its watch and its task read it next
    rows.written(caseNumber, CaseRows.Table.CASE_DEADLINE, stage, new CaseDeadline(caseNumber, stage, round, startedAt,
        schedule.dueAt(), schedule.reminderAt(), schedule.escalateAt(), workingDays, null, null, null, null, 0));
  }

  /**
   * Takes the rows of a stage for this transaction: two extension requests for one stage take
   * turns, so the second sees the first's pending decision instead of adding another.
   */
  public void lock(String caseNumber, Stage stage) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    jdbc.sql("select round from case_deadline where case_number = ? and stage = ? for update")
        .params(caseNumber, stage.name()).query(Integer.class).list();
  }

  /**
   * The deadline of the latest round of a stage; read once per transaction ({@link CaseRows}), and
   * not at all while the case is being reported and the stage has none yet.
   */
  public Optional<CaseDeadline> current(String caseNumber, Stage stage) {
    if (rows.surelyAbsent(caseNumber, CaseRows.Table.CASE_DEADLINE, stage)) {
      return Optional.empty();
    }
    return rows.read(caseNumber, CaseRows.Table.CASE_DEADLINE, stage, () -> jdbc.sql("select * from case_deadline" + CURRENT)
        .params(caseNumber, stage.name()).query(CaseDeadlines::map).optional());
  }

  public List<CaseDeadline> of(String caseNumber) {
    return jdbc.sql("select * from case_deadline where case_number = ? order by round, started_at, stage")
        .param(caseNumber).query(CaseDeadlines::map).list();
  }

  /** Records that the stage was met; the first time counts. */
  public boolean met(String caseNumber, Stage stage, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    return jdbc.sql("update case_deadline set met_at = ?, on_time = (due_at >= ?)" + CURRENT + " and met_at is null")
        .params(at, at, caseNumber, stage.name()).update() == 1;
  }

  public void overdue(String caseNumber, Stage stage, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    jdbc.sql("update case_deadline set overdue_at = ?" + CURRENT).params(at, caseNumber, stage.name()).update();
  }

  public void escalated(String caseNumber, Stage stage, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    jdbc.sql("update case_deadline set escalated_at = ?" + CURRENT).params(at, caseNumber, stage.name()).update();
  }

  public void extend(String caseNumber, Stage stage, Schedule schedule) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEADLINE);
    jdbc.sql("update case_deadline set due_at = ?, reminder_at = ?, escalate_at = ?, extensions = extensions + 1" + CURRENT)
        .params(schedule.dueAt(), schedule.reminderAt(), schedule.escalateAt(), caseNumber, stage.name())
        .update();
  }

  private static CaseDeadline map(ResultSet rs, int row) throws SQLException {
    return new CaseDeadline(
        rs.getString("case_number"),
        Stage.valueOf(rs.getString("stage")),
        rs.getInt("round"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("due_at", OffsetDateTime.class),
        rs.getObject("reminder_at", OffsetDateTime.class),
        rs.getObject("escalate_at", OffsetDateTime.class),
        rs.getBoolean("working_days"),
        rs.getObject("met_at", OffsetDateTime.class),
        rs.getObject("on_time", Boolean.class),
        rs.getObject("overdue_at", OffsetDateTime.class),
        rs.getObject("escalated_at", OffsetDateTime.class),
        rs.getInt("extensions"));
  }
}
