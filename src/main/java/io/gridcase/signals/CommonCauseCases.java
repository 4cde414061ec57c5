package io.gridcase.signals;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import io.gridcase.directory.Person;
import io.gridcase.intake.CaseIntake;
import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A reviewed spike whose cases share a cause becomes a case of its own (共因案件), reported by
 * the town center through the same intake as any other report (channel 网格上报, external id
 * {@code WS-<alert id>}, so a repeated call finds the case it opened). The cases the spike counted
 * are linked to it, each with a journal step that names it.
 */
@Service
public class CommonCauseCases {

  /** The external id of the case an alert opened. */
  static final String EXTERNAL_ID_PREFIX = "WS-";
  private static final int TITLE_PLACE = 120;

  private final JdbcClient jdbc;
  private final CaseIntake intake;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final Directory directory;
  private final SignalNames names;

  public CommonCauseCases(JdbcClient jdbc, CaseIntake intake, CaseRecords records, CaseJournal journal, Directory directory,
      SignalNames names) {
    this.jdbc = jdbc;
    this.intake = intake;
    this.records = records;
    this.journal = journal;
    this.directory = directory;
    this.names = names;
  }

  private record ReviewedAlert(String category, String scope, String placeCode, String triggerCase,
      int caseCount, ReviewFinding finding, String note, String commonCase) {}

  /** Opens the common-cause case of a reviewed alert (once) and links the counted cases; its number. */
  public String open(long alertId, String reviewer) {
    ReviewedAlert alert = alert(alertId);
    if (alert.commonCase() != null) {
      return alert.commonCase();
    }
    List<String> counted = countedCases(alertId);
    String caseNumber = intake.report(report(alertId, alert, counted, reviewer)).caseNumber();
    jdbc.sql("update weak_signal_alert set common_case = ? where id = ?").params(caseNumber, alertId).update();
    journal.record(caseNumber, reviewer, CaseAction.COMMON_CAUSE_LINKED,
        "弱信号研判立案，关联 " + counted.size() + " 件：" + String.join("、", counted));
    for (String member : counted) {
      journal.record(member, reviewer, CaseAction.COMMON_CAUSE_LINKED, "并入共因案件 " + caseNumber);
    }
    return caseNumber;
  }

  /** The common-cause case a counted case was linked to, if any. */
  public Optional<String> commonCaseOf(String caseNumber) {
    return jdbc.sql("select a.common_case from weak_signal_alert a join weak_signal_alert_case c on c.alert_id = a.id"
            + " where c.case_number = ? and a.common_case is not null order by a.id desc")
        .param(caseNumber).query(String.class).list().stream().findFirst();
  }

  /** The cases an alert counted, oldest first. */
  public List<String> countedCases(long alertId) {
    return jdbc.sql("select c.case_number from weak_signal_alert_case c join case_record r on r.case_number = c.case_number"
            + " where c.alert_id = ? order by r.reported_at, c.case_number")
        .param(alertId).query(String.class).list();
  }

  private ReviewedAlert alert(long alertId) {
    return jdbc.sql("select category, scope, place_code, trigger_case, case_count, finding, note, common_case"
            + " from weak_signal_alert where id = ?")
        .param(alertId)
        .query((rs, row) -> new ReviewedAlert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), finding(rs.getString(6), alertId), rs.getString(7), rs.getString(8)))
        .optional()
        .orElseThrow(() -> new IllegalStateException("no weak-signal alert " + alertId));
  }

  private static ReviewFinding finding(String value, long alertId) {
    if (value == null) {
      throw new IllegalStateException("weak-signal alert " + alertId + " has not been reviewed");
    }
    return ReviewFinding.valueOf(value);
  }

  private CaseReport report(long alertId, ReviewedAlert alert, List<String> counted, String reviewer) {
    CaseRecord trigger = records.get(alert.triggerCase());
    String grid = "GRID".equals(alert.scope()) ? alert.placeCode() : trigger.place().gridCode();
    String place = names.place(alert.scope(), alert.placeCode(), trigger.place().townCode());
    String title = "共因：" + abbreviate(place) + names.category(alert.category()) + "集中发生（" + alert.caseCount() + " 件）";
    String description = "弱信号研判结论：" + alert.finding().label() + "。"
        + (alert.note() == null || alert.note().isBlank() ? "" : "研判说明：" + alert.note().strip() + "。")
        + "关联案件：" + String.join("、", counted) + "。";
    Optional<Person> person = directory.person(reviewer);
    return new CaseReport(Channel.GRID_REPORT, EXTERNAL_ID_PREFIX + alertId, alert.category(), title, description,
        new CaseReport.Location(grid, null, null, place),
        new CaseReport.ReporterContact(person.map(Person::name).orElse(reviewer), null,
            person.map(Person::email).orElse(null), false),
        null, null, null);
  }

  private static String abbreviate(String text) {
    return text.length() <= TITLE_PLACE ? text : text.substring(0, TITLE_PLACE) + "…";
  }
}
