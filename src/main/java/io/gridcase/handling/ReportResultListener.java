package io.gridcase.handling;

import static io.gridcase.process.ProcessVariables.OUTCOME;
import static io.gridcase.process.ProcessVariables.RESULT_SUMMARY;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.DepartmentOrders;
import io.gridcase.process.OrderTask;
import io.gridcase.process.OrderTasks;
import io.gridcase.process.Variables;
import io.gridcase.sla.DeadlineWatches;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code UserTask_ReportResult} completed: the lead department reports the outcome (办理结果). */
@Component("reportResultListener")
public class ReportResultListener implements TaskListener {

  private final CaseResults results;
  private final DepartmentOrders orders;
  private final CaseClock clock;
  private final DeadlineWatches watches;
  private final OrderTasks orderTasks;

  public ReportResultListener(
      CaseResults results, DepartmentOrders orders, CaseClock clock, DeadlineWatches watches, OrderTasks orderTasks) {
    this.results = results;
    this.orders = orders;
    this.clock = clock;
    this.watches = watches;
    this.orderTasks = orderTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    OrderTask order = orderTasks.of(task);
    Outcome outcome = Outcome.parse(Variables.text(task, OUTCOME));
    results.report(order.caseNumber(), order.actor(), CaseAction.RESULT_REPORTED, outcome, Variables.text(task, RESULT_SUMMARY));
    orders.complete(order.caseNumber(), order.department(), order.role(), clock.now());
    watches.stageMet(order.caseNumber(), Stage.DONE);
  }
}
