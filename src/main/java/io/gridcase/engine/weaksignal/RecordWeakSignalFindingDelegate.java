package io.gridcase.engine.weaksignal;

import io.gridcase.casefile.CaseClock;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.engine.WeakSignalAlertProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code Task_RecordWeakSignalFinding} 记录研判结论: the town center's finding is kept on the alert. */
@Component("recordWeakSignalFindingDelegate")
public class RecordWeakSignalFindingDelegate implements JavaDelegate {

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public RecordWeakSignalFindingDelegate(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long alertId = WeakSignalAlertProcess.alertId(execution.getProcessBusinessKey());
    jdbc.sql("update weak_signal_alert set reviewed_at = ?, reviewed_by = ?, finding = ?, note = ? where id = ?")
        .params(clock.now(), TaskActor.of(execution), Variables.required(execution, WeakSignalAlertProcess.VAR_FINDING),
            Variables.text(execution, WeakSignalAlertProcess.VAR_NOTE), alertId)
        .update();
  }
}
