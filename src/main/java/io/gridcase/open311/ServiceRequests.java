package io.gridcase.open311;

import io.gridcase.api.CaseLabels;
import io.gridcase.api.JournalText;
import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseEvent;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.sla.CaseDeadline;
import io.gridcase.sla.CaseDeadlines;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases filed through Open311 as GeoReport v2 service requests, for anyone to read: no
 * reporter, phone numbers and e-mail addresses in the description masked, and status notes from
 * the journal's public steps only (departments and outcomes, never a handler's or reporter's words).
 */
@Component
class ServiceRequests {

  /** At most this many requests in one answer (GeoReport v2 lets a server cap its lists). */
  static final int LIMIT = 200;

  /** The journal's steps a citizen may read about. */
  private static final Set<CaseAction> PUBLIC_STEPS = EnumSet.of(
      CaseAction.REPORTED, CaseAction.TRIAGED, CaseAction.RESOLVED_ON_THE_SPOT, CaseAction.DISPATCHED,
      CaseAction.SIGNED, CaseAction.REDISPATCHED, CaseAction.PLAN_PROPOSED, CaseAction.RESULT_REPORTED,
      CaseAction.FEEDBACK_SENT, CaseAction.REVISITED, CaseAction.REOPENED, CaseAction.EXTENSION_APPROVED,
      CaseAction.CLOSED, CaseAction.CANCELLED);
  /** Steps whose recorded detail holds nothing but department and role codes, safe to show in words. */
  private static final Set<CaseAction> CODES_ONLY = EnumSet.of(CaseAction.DISPATCHED, CaseAction.SIGNED);
  private static final DateTimeFormatter W3C =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("Asia/Shanghai"));

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseDeadlines deadlines;
  private final CaseLabels labels;
  private final JournalText journalText;

  ServiceRequests(JdbcClient jdbc, CaseRecords records, CaseJournal journal, CaseDeadlines deadlines,
      CaseLabels labels, JournalText journalText) {
    this.jdbc = jdbc;
    this.records = records;
    this.journal = journal;
    this.deadlines = deadlines;
    this.labels = labels;
    this.journalText = journalText;
  }

  Optional<Map<String, Object>> one(String caseNumber) {
    return filed(caseNumber).map(media -> view(records.get(caseNumber), media.orElse(null)));
  }

  List<Map<String, Object>> search(RequestFilter filter) {
    var where = new StringBuilder(" where 1 = 1");
    var params = new LinkedHashMap<String, Object>();
    if (!filter.ids().isEmpty()) {
      where.append(" and r.case_number in (:ids)");
      params.put("ids", filter.ids());
    } else {
      if (!filter.serviceCodes().isEmpty()) {
        where.append(" and coalesce(r.category, r.reported_category) in (:codes)");
        params.put("codes", filter.serviceCodes());
      }
      if (!filter.statuses().isEmpty()) {
        where.append(" and r.status in (:statuses)");
        params.put("statuses", filter.statuses().stream().map(CaseStatus::name).toList());
      }
      where.append(" and r.reported_at >= :start and r.reported_at <= :end");
      params.put("start", filter.start());
      params.put("end", filter.end());
    }
    return jdbc.sql("select r.case_number, o.media_url from open311_request o join case_record r on r.case_number = o.case_number"
            + where + " order by r.reported_at desc, r.case_number desc limit " + LIMIT)
        .params(params)
        .query((rs, n) -> Map.entry(rs.getString("case_number"), Optional.ofNullable(rs.getString("media_url"))))
        .list()
        .stream()
        .map(found -> view(records.get(found.getKey()), found.getValue().orElse(null)))
        .toList();
  }

  /** The photo link of a case filed through Open311 (empty inside when it sent none); empty for any other case. */
  private Optional<Optional<String>> filed(String caseNumber) {
    return jdbc.sql("select media_url from open311_request where case_number = ?").param(caseNumber)
        .query((rs, n) -> Optional.ofNullable(rs.getString("media_url"))).optional();
  }

  private Map<String, Object> view(CaseRecord c, String mediaUrl) {
    List<CaseEvent> events = journal.events(c.caseNumber());
    String code = c.category() != null ? c.category() : c.reportedCategory();
    var place = c.place();
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("service_request_id", c.caseNumber());
    request.put("status", c.status() == CaseStatus.OPEN ? "open" : "closed");
    request.put("status_notes", statusNotes(c, events));
    request.put("service_name", labels.category(code));
    request.put("service_code", code);
    request.put("description", PublicText.of(c.description()));
    request.put("agency_responsible", labels.department(c.leadDepartment()));
    request.put("service_notice", null);
    request.put("requested_datetime", w3c(c.reportedAt()));
    request.put("updated_datetime", w3c(events.stream().map(CaseEvent::at).max(Comparator.naturalOrder()).orElse(c.reportedAt())));
    request.put("expected_datetime", c.status() == CaseStatus.OPEN ? w3c(expected(c.caseNumber())) : null);
    request.put("address", place.address());
    request.put("address_id", place.gridCode());
    request.put("zipcode", null);
    request.put("lat", place.lat());
    request.put("long", place.lng());
    request.put("media_url", mediaUrl);
    return request;
  }

  /** The latest public step in words: 派单 主办：人力资源和社会保障局 …, 办结：已解决. */
  private String statusNotes(CaseRecord c, List<CaseEvent> events) {
    Optional<CaseEvent> latest = events.stream().filter(e -> PUBLIC_STEPS.contains(e.action())).reduce((a, b) -> b);
    if (latest.isEmpty()) {
      return null;
    }
    CaseEvent step = latest.get();
    if (step.action() == CaseAction.CLOSED && c.outcome() != null) {
      return step.action().label() + "：" + labels.outcome(c.outcome());
    }
    if (CODES_ONLY.contains(step.action())) {
      String detail = journalText.detail(step.action(), step.detail());
      return detail == null ? step.action().label() : step.action().label() + " " + detail;
    }
    return step.action().label();
  }

  /** The deadline due next among those still running: the case's current promise. */
  private OffsetDateTime expected(String caseNumber) {
    return deadlines.of(caseNumber).stream()
        .filter(CaseDeadline::isOpen)
        .map(CaseDeadline::dueAt)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  static String w3c(OffsetDateTime at) {
    return at == null ? null : W3C.format(at.truncatedTo(ChronoUnit.SECONDS));
  }
}
