package io.gridcase.engine.lifecycle;

import io.gridcase.signals.WeakSignals;


import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckWeakSignals} of case-lifecycle: a spike of the case's category raises an alert. */
@Component("checkWeakSignalsDelegate")
public class CheckWeakSignalsDelegate implements JavaDelegate {

  private final WeakSignals signals;

  public CheckWeakSignalsDelegate(WeakSignals signals) {
    this.signals = signals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signals.check(BusinessKey.caseNumber(execution));
  }
}
