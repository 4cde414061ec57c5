package io.gridcase.engine.mediation;

import static io.gridcase.engine.DisputeMediationProcess.VAR_CONFIRMATION_ASKED;
import static io.gridcase.engine.DisputeMediationProcess.VAR_NOTE;
import static io.gridcase.engine.DisputeMediationProcess.VAR_OUTCOME;
import static io.gridcase.engine.DisputeMediationProcess.VAR_TERMS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EnterMediationLevel} 进入调解层级: the level takes the dispute with its deadline; the
 * level below's decision is cleared so the mediate-dispute form opens empty.
 */
@Component("enterMediationLevelDelegate")
public class EnterMediationLevelDelegate implements JavaDelegate {

  private final LevelDeadline deadline;

  EnterMediationLevelDelegate(LevelDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.removeVariables(List.of(VAR_OUTCOME, VAR_TERMS, VAR_NOTE, VAR_CONFIRMATION_ASKED));
    deadline.enter(execution);
  }
}
