package io.gridcase.closing;

import static io.gridcase.process.ProcessVariables.CASE_NUMBER;

import io.gridcase.process.Variables;
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
    ending.close(Variables.required(execution, CASE_NUMBER));
  }
}
