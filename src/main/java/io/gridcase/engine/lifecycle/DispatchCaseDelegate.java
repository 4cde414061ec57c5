package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CO_DEPARTMENTS;
import static io.gridcase.engine.CaseLifecycleProcess.LEAD_DEPARTMENT;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.dispatch.DepartmentCodes;
import io.gridcase.dispatch.OrderMails;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.SpinLists;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsNotices;
import io.gridcase.engine.Variables;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DispatchCase} (派单): gives the orders to the lead and co-handling departments,
 * whether the rules or the town center picked them. The dispatch time starts the case's clock.
 */
@Component("dispatchCaseDelegate")
public class DispatchCaseDelegate implements JavaDelegate {

  private final DepartmentCodes departments;
  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final OrderMails mails;
  private final SmsNotices notices;

  public DispatchCaseDelegate(
      DepartmentCodes departments,
      CaseRecords records,
      DepartmentOrders orders,
      CaseJournal journal,
      CaseClock clock,
      OrderMails mails,
      SmsNotices notices) {
    this.notices = notices;
    this.departments = departments;
    this.records = records;
    this.orders = orders;
    this.journal = journal;
    this.clock = clock;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    String lead = departments.known(LEAD_DEPARTMENT, Variables.required(execution, LEAD_DEPARTMENT));
    List<String> coHandlers = new ArrayList<>(departments.knownList(CO_DEPARTMENTS, SpinLists.plain(execution.getVariable(CO_DEPARTMENTS))));
    coHandlers.remove(lead);
    // the multi-instance call activity iterates over a plain list, whatever the form sent
    execution.setVariable(CO_DEPARTMENTS, coHandlers);

    OffsetDateTime now = clock.now();
    records.recordDispatch(caseNumber, lead, now);
    orders.dispatch(caseNumber, lead, Role.LEAD, now);
    coHandlers.forEach(co -> orders.dispatch(caseNumber, co, Role.CO, now));
    journal.record(
        caseNumber, CaseJournal.SYSTEM, CaseAction.DISPATCHED, "lead=%s co=%s".formatted(lead, coHandlers));
    mails.orderDispatched(caseNumber, lead);
    coHandlers.forEach(co -> mails.orderDispatched(caseNumber, co));
    notices.send(SmsKind.DISPATCHED, caseNumber, lead, Map.of());
  }
}
