package io.gridcase.signals;

import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Weak signals (弱信号): after triage, counts the recent cases of the new case's category in its
 * grid and town against {@code decisions/weak-signal-rules.dmn}. A spike raises one alert per
 * category, place and window ({@link WeakSignalWatches}): a {@code weak-signal-alert} task and a
 * mail for the town center, the counted cases kept with the alert.
 */
@Service
public class WeakSignals {

  private static final int LISTED_CASES = 50;
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

  /** A raised alert. */
  public record Alert(long id, String category, String scope, String placeCode, String townCode, int caseCount) {}

  private final CaseRecords records;
  private final WeakSignalEngine engine;
  private final WeakSignalMails mails;
  private final WeakSignalWatches watches;
  private final SignalNames names;
  private final JdbcClient jdbc;
  private final CaseClock clock;

  public WeakSignals(CaseRecords records, WeakSignalEngine engine,
      WeakSignalMails mails, WeakSignalWatches watches, SignalNames names, JdbcClient jdbc, CaseClock clock) {
    this.records = records;
    this.engine = engine;
    this.mails = mails;
    this.watches = watches;
    this.names = names;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Checks every watch of the case's category; returns the alerts raised (usually none). */
  public List<Alert> check(String caseNumber) {
    CaseRecord c = records.get(caseNumber);
    List<Alert> raised = new ArrayList<>();
    if (c.category() == null) {
      return raised;
    }
    OffsetDateTime now = clock.now();
    for (Map<String, Object> watch : engine.watches(c.category())) {
      String scope = (String) watch.get("scope");
      String window = (String) watch.get("window");
      int threshold = ((Number) watch.get("threshold")).intValue();
      String place = "TOWN".equals(scope) ? c.place().townCode() : c.place().gridCode();
      String column = "TOWN".equals(scope) ? "town_code" : "grid_code";
      OffsetDateTime since = now.minus(Duration.parse(window));
      // the newest `threshold` are enough to know whether the threshold is reached; the whole list is
      // read only for the alert, once per window, so a check costs the same with 100,000 open cases
      if (counted(c.category(), column, place, since, now, threshold).size() >= threshold
          && watches.claim(c.category(), scope, place, since, now)) {
        raised.add(raise(c, scope, place, window, threshold, since, now,
            counted(c.category(), column, place, since, now, Integer.MAX_VALUE)));
      }
    }
    return raised;
  }

  /** The case numbers counted by a watch, newest first, at most {@code most}. */
  private List<String> counted(String category, String column, String place, OffsetDateTime since,
      OffsetDateTime now, int most) {
    return jdbc.sql("select case_number from case_record where category = ? and " + column
            + " = ? and reported_at > ? and reported_at <= ? and status <> 'CANCELLED' order by reported_at desc"
            + (most < Integer.MAX_VALUE ? " fetch first " + most + " rows only" : ""))
        .params(category, place, since, now).query(String.class).list();
  }

  private Alert raise(CaseRecord c, String scope, String place, String window, int threshold,
      OffsetDateTime since, OffsetDateTime now, List<String> cases) {
    var key = new GeneratedKeyHolder();
    jdbc.sql("insert into weak_signal_alert (category, scope, place_code, town_code, window_start, raised_at,"
            + " window_length, threshold, case_count, trigger_case) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.category(), scope, place, c.place().townCode(), since, now, window, threshold, cases.size(), c.caseNumber())
        .update(key, "id");
    long id = key.getKey().longValue();
    for (String counted : cases) {
      jdbc.sql("insert into weak_signal_alert_case (alert_id, case_number) values (?, ?)").params(id, counted).update();
    }
    String townCenterGroup = "center-" + c.place().townCode();
    String categoryName = names.category(c.category());
    String placeName = names.place(scope, place, c.place().townCode());
    String caseNumbers = String.join(", ", cases.subList(0, Math.min(cases.size(), LISTED_CASES)))
        + (cases.size() > LISTED_CASES ? " …" : "");
    Map<String, Object> variables = new HashMap<>();
    variables.put("alertId", id);
    variables.put("category", c.category());
    variables.put("categoryName", categoryName);
    variables.put("scope", scope);
    variables.put("placeCode", place);
    variables.put("placeName", placeName);
    variables.put("townCode", c.place().townCode());
    variables.put("townCenterGroup", townCenterGroup);
    variables.put("windowLength", window);
    variables.put("threshold", threshold);
    variables.put("caseCount", cases.size());
    variables.put("caseNumbers", caseNumbers);
    engine.raise(id, variables);
    Map<String, String> mail = new HashMap<>();
    mail.put("category", c.category());
    mail.put("categoryName", categoryName);
    mail.put("placeName", placeName);
    mail.put("scopeLabel", "TOWN".equals(scope) ? "镇街 town" : "网格 grid");
    mail.put("window", window);
    mail.put("windowLabel", windowLabel(window));
    mail.put("windowStart", DAY_TIME.format(since));
    mail.put("threshold", Integer.toString(threshold));
    mail.put("caseCount", Integer.toString(cases.size()));
    mail.put("caseNumbers", caseNumbers);
    mails.weakSignal(id, townCenterGroup, mail);
    return new Alert(id, c.category(), scope, place, c.place().townCode(), cases.size());
  }

  /** PT6H → 6 小时, P7D → 7 天. */
  static String windowLabel(String window) {
    Duration d = Duration.parse(window);
    return d.toHours() % 24 == 0 ? d.toDays() + " 天" : d.toHours() + " 小时";
  }

  /** The alerts raised for a place, newest first (for tests and the dashboard). */
  public List<Alert> alerts(String category, String placeCode) {
    return jdbc.sql("select id, category, scope, place_code, town_code, case_count from weak_signal_alert"
            + " where category = ? and place_code = ? order by id desc")
        .params(category, placeCode)
        .query((rs, row) -> new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getInt(6)))
        .list();
  }

}
