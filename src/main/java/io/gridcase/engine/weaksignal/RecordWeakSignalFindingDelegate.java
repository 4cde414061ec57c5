package io.gridcase.engine.weaksignal;

import io.gridcase.casefile.CaseClock;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordWeakSignalFinding} 记录研判结论: the town center's finding is kept on the alert. The
 * alert is the one of the instance's business key {@code WS-<id>}, not of the {@code alertId}
 * variable, which a execution completion could overwrite.
 */
@Component("recordWeakSignalFindingDelegate")
public class RecordWeakSignalFindingDelegate implements JavaDelegate {

  private static final String KEY_PREFIX = "WS-";

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public RecordWeakSignalFindingDelegate(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long alertId = alertId(execution.getProcessBusinessKey());
    jdbc.sql("update weak_signal_alert set reviewed_at = ?, reviewed_by = ?, finding = ?, note = ? where id = ?")
        .params(clock.now(), TaskActor.of(execution), Variables.required(execution, "weakSignalFinding"),
            Variables.text(execution, "weakSignalNote"), alertId)
        .update();
  }

  private static long alertId(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
      throw new IllegalStateException("weak-signal-alert instance without a WS-<id> business key: " + businessKey);
    }
    return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
  }
}
