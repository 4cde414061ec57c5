package io.gridcase.engine.weaksignal;

import io.gridcase.engine.TaskActor;
import io.gridcase.engine.WeakSignalAlertProcess;
import io.gridcase.signals.CommonCauseCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenCommonCauseCase} 共因立案: a spike the town center found to share a cause becomes
 * a case of its own, the counted cases linked to it; its number goes into {@code commonCaseNumber}.
 */
@Component("openCommonCauseCaseDelegate")
public class OpenCommonCauseCaseDelegate implements JavaDelegate {

  static final String VAR_COMMON_CASE_NUMBER = "commonCaseNumber";

  private final CommonCauseCases commonCauses;

  public OpenCommonCauseCaseDelegate(CommonCauseCases commonCauses) {
    this.commonCauses = commonCauses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long alertId = WeakSignalAlertProcess.alertId(execution.getProcessBusinessKey());
    execution.setVariable(VAR_COMMON_CASE_NUMBER, commonCauses.open(alertId, TaskActor.of(execution)));
  }
}
