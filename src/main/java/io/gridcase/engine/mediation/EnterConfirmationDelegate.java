package io.gridcase.engine.mediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EnterConfirmation} 进入司法确认: the court takes the agreement, which stays for it to read. */
@Component("enterConfirmationDelegate")
public class EnterConfirmationDelegate implements JavaDelegate {

  private final LevelDeadline deadline;

  EnterConfirmationDelegate(LevelDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadline.enter(execution);
  }
}
