package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CANCELLATION_REASON;

import io.gridcase.closing.CaseEnding;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import io.gridcase.engine.deadline.DeadlineWatches;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCancellation}: the reporter withdrew the case (撤销) before it closed. The
 * case's own watches and orders end with it; the feedback watch runs beside the case (ADR 31), so it
 * is stopped here.
 */
@Component("recordCancellationDelegate")
public class RecordCancellationDelegate implements JavaDelegate {

  private final CaseEnding ending;
  private final DeadlineWatches watches;

  public RecordCancellationDelegate(CaseEnding ending, DeadlineWatches watches) {
    this.ending = ending;
    this.watches = watches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = BusinessKey.caseNumber(execution);
    ending.cancel(caseNumber, Variables.text(execution, CANCELLATION_REASON));
    watches.stopWatching(caseNumber, Stage.FEEDBACK, "case cancelled");
  }
}
