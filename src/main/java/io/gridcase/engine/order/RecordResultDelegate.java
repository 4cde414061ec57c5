package io.gridcase.engine.order;

import static io.gridcase.engine.DepartmentOrderProcess.OUTCOME;
import static io.gridcase.engine.DepartmentOrderProcess.RESULT_SUMMARY;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.dispatch.OrderTask;
import io.gridcase.engine.order.OrderTasks;
import io.gridcase.handling.CaseResults;
import io.gridcase.handling.Outcome;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordResult} 记录结果, after {@code UserTask_ReportResult}: the lead department reports the outcome (办理结果). */
@Component("recordResultDelegate")
public class RecordResultDelegate implements JavaDelegate {

  private final CaseResults results;
  private final DepartmentOrders orders;
  private final CaseClock clock;
  private final OrderTasks orderTasks;

  public RecordResultDelegate(
      CaseResults results, DepartmentOrders orders, CaseClock clock, OrderTasks orderTasks) {
    this.results = results;
    this.orders = orders;
    this.clock = clock;
    this.orderTasks = orderTasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrderTask order = orderTasks.of(execution);
    Outcome outcome = Outcome.parse(Variables.text(execution, OUTCOME));
    results.report(order.caseNumber(), order.actor(), CaseAction.RESULT_REPORTED, outcome, Variables.text(execution, RESULT_SUMMARY));
    orders.complete(order.caseNumber(), order.department(), order.role(), clock.now());
  }
}
