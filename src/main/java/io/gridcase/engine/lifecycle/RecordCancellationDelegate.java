package io.gridcase.engine.lifecycle;

import static io.gridcase.engine.CaseLifecycleProcess.CANCELLATION_REASON;

import io.gridcase.closing.CaseEnding;
import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCancellation}: the reporter withdrew the case (撤销) before it closed. */
@Component("recordCancellationDelegate")
public class RecordCancellationDelegate implements JavaDelegate {

  private final CaseEnding ending;

  public RecordCancellationDelegate(CaseEnding ending) {
    this.ending = ending;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ending.cancel(BusinessKey.caseNumber(execution), Variables.text(execution, CANCELLATION_REASON));
  }
}
