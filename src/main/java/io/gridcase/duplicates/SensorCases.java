package io.gridcase.duplicates;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One open case per sensor (ADR 19): {@code sensor_case} keeps the case a sensor's alerts go to,
 * keyed by channel and sensor id. Its primary key makes two concurrent alerts of one sensor open
 * one case: the second insert waits for the first transaction and fails, and intake then attaches
 * that alert to the first one's case.
 */
@Repository
public class SensorCases {

  private final JdbcClient jdbc;
  private final CaseJournal journal;
  private final CaseClock clock;

  public SensorCases(JdbcClient jdbc, CaseJournal journal, CaseClock clock) {
    this.jdbc = jdbc;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * The sensor's case, while it is open, locked for the caller's transaction: alerts added to one
   * case at once take turns, as the KPI read model locks the case before commit too (without the
   * lock first, two of them each holding the journal's key lock on the case would deadlock there).
   */
  public Optional<String> openCase(String channel, String sensorId) {
    return jdbc.sql("select case_number from sensor_case where channel = ? and sensor_id = ?")
        .params(channel, sensorId)
        .query(String.class)
        .optional()
        .filter(caseNumber -> jdbc.sql("select status from case_record where case_number = ? for update")
            .param(caseNumber)
            .query(String.class)
            .optional()
            .filter("OPEN"::equals)
            .isPresent());
  }

  /**
   * Makes a new case the sensor's, in the transaction that registers it: takes over the row of a
   * case no longer open, else inserts one. Throws Spring's {@code DuplicateKeyException} when the
   * sensor has an open case (committed by a concurrent request, or found since).
   */
  public void claim(String channel, String sensorId, String caseNumber) {
    int takenOver = jdbc.sql("update sensor_case set case_number = ?, opened_at = ? where channel = ? and sensor_id = ?"
            + " and case_number in (select case_number from case_record where status <> 'OPEN')")
        .params(caseNumber, clock.now(), channel, sensorId)
        .update();
    if (takenOver == 0) {
      jdbc.sql("insert into sensor_case (channel, sensor_id, case_number, opened_at) values (?, ?, ?, ?)")
          .params(channel, sensorId, caseNumber, clock.now())
          .update();
    }
  }

  /** Another alert of the sensor while its case is open: journalled on that case. */
  public void attach(String caseNumber, String sensorId, String title) {
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.SENSOR_ALERT_REPEATED, sensorId + "：" + title);
  }
}
