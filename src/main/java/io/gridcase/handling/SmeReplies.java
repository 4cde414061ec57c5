package io.gridcase.handling;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.OutgoingSms;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.notification.SmsTemplate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * SME "117" (中小微企业诉求): the enterprise hears by SMS when the lead department signs for its
 * complaint (the reply due within 1 hour) and what the plan is (due within 1 day), ADR 17. Only
 * for SME cases whose reporter left a phone; co-handling departments send nothing.
 */
@Service
public class SmeReplies {

  private final CaseRecords records;
  private final CaseMails mails;
  private final SmsOutbox sms;
  private final SmsTemplate signed = SmsTemplate.load("sme-signed");
  private final SmsTemplate plan = SmsTemplate.load("sme-plan");

  public SmeReplies(CaseRecords records, CaseMails mails, SmsOutbox sms) {
    this.records = records;
    this.mails = mails;
    this.sms = sms;
  }

  /** The lead department signed for the order. */
  public void signed(String caseNumber, String department, Role role) {
    send(caseNumber, department, role, SmsKind.SME_SIGNED, signed, Map.of());
  }

  /** The lead department proposed its plan. */
  public void planProposed(String caseNumber, String department, Role role, String proposed) {
    send(caseNumber, department, role, SmsKind.SME_PLAN, plan, Map.of("plan", proposed));
  }

  private void send(String caseNumber, String department, Role role, SmsKind kind, SmsTemplate template,
      Map<String, String> more) {
    CaseRecord c = records.get(caseNumber);
    if (role != Role.LEAD || !c.isSme() || !c.reporter().hasPhone()) {
      return;
    }
    Map<String, String> values = new HashMap<>(more);
    values.put("caseNumber", caseNumber);
    values.put("title", c.title());
    values.put("enterprise", c.enterprise().name());
    values.put("department", mails.departmentNameZh(department));
    String key = "%s:%s:%s:%d".formatted(kind.name().toLowerCase(), caseNumber, department, c.reopenCount());
    sms.enqueue(new OutgoingSms(key, caseNumber, kind, c.reporter().phone(), template.text(values)));
  }
}
