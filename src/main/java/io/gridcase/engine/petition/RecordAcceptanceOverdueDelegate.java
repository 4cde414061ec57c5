package io.gridcase.engine.petition;

import io.gridcase.engine.BusinessKey;
import io.gridcase.petitions.Petitions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordAcceptanceOverdue} 记录受理超期: the 15 days passed with no decision. */
@Component("recordAcceptanceOverdueDelegate")
public class RecordAcceptanceOverdueDelegate implements JavaDelegate {

  private final Petitions petitions;

  public RecordAcceptanceOverdueDelegate(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    petitions.recordAcceptanceOverdue(BusinessKey.caseNumber(execution));
  }
}
