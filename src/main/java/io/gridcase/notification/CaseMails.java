package io.gridcase.notification;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.directory.Directory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What every mail about a case shares, whichever capability sends it (dispatch, sla,
 * supervision, handling, signals each own their mails): the values staff and reporters see, the
 * Tasklist link, dates in China time, and the queueing in the {@link MailOutbox} under a key that
 * names the event, so a step that runs again sends nothing new. Called inside the engine's
 * transaction. Mails to departments and staff never carry the reporter's contact details.
 */
@Service
public class CaseMails {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  private final Directory directory;
  private final MailOutbox outbox;
  private final String tasklistUrl;

  public CaseMails(Directory directory, MailOutbox outbox, @Value("${gridcase.tasklist-url}") String tasklistUrl) {
    this.directory = directory;
    this.outbox = outbox;
    this.tasklistUrl = tasklistUrl;
  }

  /** Renders the template with the values and queues it; {@code c} is null for a mail about no one case. */
  public void queue(String key, CaseRecord c, MailKind kind, List<String> to, MailTemplate mail, Map<String, String> values) {
    outbox.enqueue(new OutgoingMail(key, c == null ? null : c.caseNumber(), kind, to, mail.subject(values), mail.body(values)));
  }

  /** What staff see: the case, never the reporter's contact details. */
  public Map<String, String> forStaff(CaseRecord c) {
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    values.put("description", c.description());
    values.put("address", text(c.place().address()));
    values.put("category", directory.categories().stream().filter(k -> k.code().equals(c.category()))
        .map(k -> k.nameZh() + " " + k.code()).findFirst().orElse(text(c.category())));
    values.put("leadDepartment", c.leadDepartment() == null ? "" : departmentName(c.leadDepartment()));
    values.put("tasklistLink", tasklistLink(c.caseNumber()));
    return values;
  }

  /** What the reporter sees: the case and a greeting by name unless anonymous. */
  public Map<String, String> forReporter(CaseRecord c) {
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    String name = c.reporter().anonymous() || c.reporter().name() == null ? "" : "，" + c.reporter().name();
    values.put("greeting", name);
    return values;
  }

  /** Tasklist showing the open tasks of the case (lifecycle and department orders share its business key). */
  public String tasklistLink(String caseNumber) {
    String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"%s\",\"name\":\"\"}]"
        .formatted(caseNumber);
    return tasklistUrl + "#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Tasklist itself, for a mail about no one case. */
  public String tasklistUrl() {
    return tasklistUrl;
  }

  public String departmentName(String code) {
    return directory.department(code).map(d -> d.nameZh() + " " + d.nameEn()).orElse(code);
  }

  /** The department's Chinese name alone, as a text message to a citizen names it. */
  public String departmentNameZh(String code) {
    return directory.department(code).map(d -> d.nameZh()).orElse(code);
  }

  /** A point in time as people in China read it: {@code 2026-03-02 09:30}. */
  public static String dayTime(OffsetDateTime at) {
    return DAY_TIME.format(at);
  }

  /** The instant in a dedup key: the same point in time, whatever its offset. */
  public static String instant(OffsetDateTime at) {
    return at.toInstant().toString();
  }

  /** Null as nothing. */
  public static String text(String value) {
    return value == null ? "" : value;
  }
}
