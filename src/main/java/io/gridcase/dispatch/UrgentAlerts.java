package io.gridcase.dispatch;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Department;
import io.gridcase.directory.Directory;
import io.gridcase.directory.Grid;
import io.gridcase.directory.Person;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.OutgoingSms;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.notification.SmsTemplate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * An urgent alert from the sensors (channel {@code IOT_ALERT}, priority {@code URGENT}) goes by SMS,
 * the moment it is dispatched, to the lead department's on-duty phone and to the grid worker of
 * its grid, phones from the directory (ADR 17). The text names the case and the place, never the reporter.
 */
@Service
public class UrgentAlerts {

  static final String IOT_ALERT = "IOT_ALERT";
  static final String URGENT = "URGENT";

  private final CaseRecords records;
  private final Directory directory;
  private final CaseMails mails;
  private final SmsOutbox sms;
  private final SmsTemplate alert = SmsTemplate.load("urgent-alert");

  public UrgentAlerts(CaseRecords records, Directory directory, CaseMails mails, SmsOutbox sms) {
    this.records = records;
    this.directory = directory;
    this.mails = mails;
    this.sms = sms;
  }

  /** The case was dispatched to its lead department. */
  public void dispatched(String caseNumber, String lead) {
    CaseRecord c = records.get(caseNumber);
    if (!IOT_ALERT.equals(c.channel()) || !URGENT.equals(c.priority())) {
      return;
    }
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("title", c.title());
    values.put("address", CaseMails.text(c.place().address()));
    values.put("grid", directory.grid(c.place().gridCode()).map(Grid::name).orElse(CaseMails.text(c.place().gridCode())));
    values.put("department", mails.departmentNameZh(lead));
    String text = alert.text(values);
    directory.department(lead).map(Department::onDutyPhone).ifPresent(phone ->
        sms.enqueue(new OutgoingSms("urgent-alert:%s:%s".formatted(caseNumber, lead), caseNumber, SmsKind.URGENT_ALERT,
            phone, text)));
    directory.grid(c.place().gridCode()).map(Grid::workerUserId).flatMap(directory::person).map(Person::phone)
        .ifPresent(phone -> sms.enqueue(new OutgoingSms("urgent-alert:%s:grid".formatted(caseNumber), caseNumber,
            SmsKind.URGENT_ALERT, phone, text)));
  }
}
