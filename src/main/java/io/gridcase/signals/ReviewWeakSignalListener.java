package io.gridcase.signals;

import io.gridcase.casefile.CaseClock;
import io.gridcase.process.TaskActor;
import io.gridcase.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code UserTask_ReviewWeakSignal} completed: the town center's finding is kept on the alert. The
 * alert is the one of the instance's business key {@code WS-<id>}, not of the {@code alertId}
 * variable, which a task completion could overwrite.
 */
@Component("reviewWeakSignalListener")
public class ReviewWeakSignalListener implements TaskListener {

  private static final String KEY_PREFIX = "WS-";

  private final JdbcClient jdbc;
  private final CaseClock clock;

  public ReviewWeakSignalListener(JdbcClient jdbc, CaseClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long alertId = alertId(task.getExecution().getProcessBusinessKey());
    jdbc.sql("update weak_signal_alert set reviewed_at = ?, reviewed_by = ?, finding = ?, note = ? where id = ?")
        .params(clock.now(), TaskActor.of(task), Variables.required(task, "weakSignalFinding"),
            Variables.text(task, "weakSignalNote"), alertId)
        .update();
  }

  private static long alertId(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(KEY_PREFIX)) {
      throw new IllegalStateException("weak-signal-alert instance without a WS-<id> business key: " + businessKey);
    }
    return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
  }
}
