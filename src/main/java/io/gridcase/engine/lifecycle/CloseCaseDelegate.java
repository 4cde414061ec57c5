package io.gridcase.engine.lifecycle;

import io.gridcase.closing.CaseEnding;


import io.gridcase.engine.BusinessKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCase} (办结). */
@Component("closeCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseEnding ending;

  public CloseCaseDelegate(CaseEnding ending) {
    this.ending = ending;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ending.close(BusinessKey.caseNumber(execution));
  }
}
