package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CO_DEPARTMENTS;
import static io.gridcase.engine.CaseLifecycleProcess.LEAD_DEPARTMENT;
import static io.gridcase.engine.CaseLifecycleProcess.SATISFACTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.engine.BusinessKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReopenCase}: the reporter was not satisfied, so the case goes back to the
 * departments that handled it. The reopen is counted: satisfaction is reported beside it.
 * Which departments is read from the case's order rows, not from {@code leadDepartment} and
 * {@code coDepartments}: those variables may have been overwritten by a task completion since
 * dispatch, and a re-dispatch moves an order without changing them. A case without a lead order
 * leaves {@code leadDepartment} null and is dispatched afresh.
 */
@Component("reopenCaseDelegate")
public class ReopenCaseDelegate implements JavaDelegate {

  private final CaseRecords records;
  private final DepartmentOrders orders;
  private final CaseJournal journal;
  private final CaseClock clock;

  public ReopenCaseDelegate(CaseRecords records, DepartmentOrders orders, CaseJournal journal, CaseClock clock) {
    this.records = records;
    this.orders = orders;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    records.reopen(caseNumber);
    // the next revisit asks afresh
    execution.removeVariable(SATISFACTION);
    OffsetDateTime now = clock.now();
    List<String> coHandlers = new ArrayList<>();
    // none for a case no department handled (settled by mediation, resolved on the spot):
    // Gateway_ReopenedHasLead sends it through the normal dispatch (ADR 27)
    execution.setVariable(LEAD_DEPARTMENT, null);
    for (DepartmentOrder order : orders.of(caseNumber)) {
      if (order.status() == Status.DONE) {
        orders.dispatch(caseNumber, order.department(), order.role(), now);
        if (order.role() == Role.LEAD) {
          execution.setVariable(LEAD_DEPARTMENT, order.department());
        } else {
          coHandlers.add(order.department());
        }
      }
    }
    // the call activities of Gateway_ForkHandling start one order per department named here
    execution.setVariable(CO_DEPARTMENTS, coHandlers);
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REOPENED, null);
  }
}
