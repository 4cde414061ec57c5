package io.gridcase.revisit;

import static io.gridcase.process.ProcessVariables.CASE_NUMBER;
import static io.gridcase.process.ProcessVariables.SATISFACTION;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.DepartmentOrder;
import io.gridcase.casefile.DepartmentOrder.Status;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.process.Variables;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReopenCase}: the reporter was not satisfied, so the case goes back to the
 * departments that handled it. The reopen is counted: satisfaction is reported beside it.
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
    String caseNumber = Variables.required(execution, CASE_NUMBER);
    records.reopen(caseNumber);
    // the next revisit asks afresh
    execution.removeVariable(SATISFACTION);
    OffsetDateTime now = clock.now();
    for (DepartmentOrder order : orders.of(caseNumber)) {
      if (order.status() == Status.DONE) {
        orders.dispatch(caseNumber, order.department(), order.role(), now);
      }
    }
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.REOPENED, null);
  }
}
