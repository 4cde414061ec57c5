package io.gridcase.dispatch;

import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mail of a department order: 派单, to the department's mailbox. */
@Service
public class OrderMails {

  private final CaseRecords records;
  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate dispatched = MailTemplate.load("order-dispatched");

  public OrderMails(CaseRecords records, CaseMails mails, Recipients recipients) {
    this.records = records;
    this.mails = mails;
    this.recipients = recipients;
  }

  /** 派单: the order, to the department's mailbox. Again after a rejection or a reopen. */
  public void orderDispatched(String caseNumber, String department) {
    CaseRecord c = records.get(caseNumber);
    Map<String, String> values = mails.forStaff(c);
    values.put("department", mails.departmentName(department));
    values.put("role", department.equals(c.leadDepartment()) ? "主办 lead" : "协办 co-handling");
    mails.queue("dispatch:%s:%s:%d.%d".formatted(caseNumber, department, c.reopenCount(), c.rejectionCount()), c,
        MailKind.ORDER_DISPATCHED, recipients.department(department), dispatched, values);
  }
}
