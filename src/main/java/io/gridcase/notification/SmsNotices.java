package io.gridcase.notification;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Department;
import io.gridcase.directory.Directory;
import io.gridcase.directory.Grid;
import io.gridcase.directory.Person;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The text messages a step of a case sends, as {@code decisions/sms-notices.dmn} says (ADR 17):
 * SME "117" replies to the enterprise, urgent sensor alerts to the lead department on duty and the
 * grid worker. Phones come from the case record (the reporter's) and the directory; the texts
 * name the case and the place, never the reporter's contact to anybody else.
 */
@Service
public class SmsNotices {

  private static final Logger log = LoggerFactory.getLogger(SmsNotices.class);
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9-]{1,40}");

  private final SmsNoticeRules rules;
  private final CaseRecords records;
  private final Directory directory;
  private final CaseMails mails;
  private final SmsOutbox outbox;
  private final Map<String, SmsTemplate> templates = new ConcurrentHashMap<>();

  public SmsNotices(SmsNoticeRules rules, CaseRecords records, Directory directory, CaseMails mails, SmsOutbox outbox) {
    this.rules = rules;
    this.records = records;
    this.directory = directory;
    this.mails = mails;
    this.outbox = outbox;
  }

  /**
   * Queues the messages the rules name for the event; {@code department} is the lead department
   * the event is about, {@code more} what the templates may name beyond the case (e.g. {@code plan}).
   * Once per event, department, recipient and handling round.
   */
  public void send(SmsKind event, String caseNumber, String department, Map<String, String> more) {
    CaseRecord c = records.get(caseNumber);
    for (Map<String, Object> notice : rules.notices(event, c.channel(), c.priority(), c.isSme())) {
      String recipient = String.valueOf(notice.get("recipient"));
      String template = String.valueOf(notice.get("template"));
      Optional<String> phone = phone(recipient, c, department);
      if (phone.isEmpty() || !TEMPLATE_NAME.matcher(template).matches()) {
        log.info("sms-notices: no {} message for {} {} to {} (no phone, or template '{}' unusable)",
            event, caseNumber, department, recipient, template);
        continue;
      }
      String key = "%s:%s:%s:%s:%d".formatted(event, caseNumber, department, recipient, c.reopenCount());
      outbox.enqueue(new OutgoingSms(key, caseNumber, event, phone.get(), template(template).text(values(c, department, more))));
    }
  }

  private Optional<String> phone(String recipient, CaseRecord c, String department) {
    Optional<String> phone = switch (recipient) {
      case "REPORTER" -> Optional.ofNullable(c.reporter().phone());
      case "LEAD_ON_DUTY" -> directory.department(department).map(Department::onDutyPhone);
      case "GRID_WORKER" -> directory.grid(c.place().gridCode()).map(Grid::workerUserId).flatMap(directory::person)
          .map(Person::phone);
      default -> Optional.empty();
    };
    return phone.filter(p -> !p.isBlank());
  }

  private Map<String, String> values(CaseRecord c, String department, Map<String, String> more) {
    Map<String, String> values = new HashMap<>(more);
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    values.put("address", CaseMails.text(c.place().address()));
    values.put("grid", directory.grid(c.place().gridCode()).map(Grid::name).orElse(CaseMails.text(c.place().gridCode())));
    values.put("department", mails.departmentNameZh(department));
    values.put("enterprise", c.enterprise() == null ? "" : c.enterprise().name());
    return values;
  }

  private SmsTemplate template(String name) {
    return templates.computeIfAbsent(name, SmsTemplate::load);
  }
}
