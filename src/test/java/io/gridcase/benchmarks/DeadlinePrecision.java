package io.gridcase.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Brings a batch of deadline timers due at the same instant (as an extension does, with
 * {@code ManagementService.setJobDuedate}) and measures how late the running job executor
 * completes each of them, from the job log's success entries.
 */
final class DeadlinePrecision {

  private DeadlinePrecision() {}

  static Timings lateness(ProcessEngine engine, String timerActivityId, List<Job> timers) throws InterruptedException {
    var management = engine.getManagementService();
    Instant due = Instant.now().plusSeconds(5 + timers.size() / 50);
    Set<String> ids = new HashSet<>();
    for (Job timer : timers) {
      management.setJobDuedate(timer.getId(), Date.from(due));
      ids.add(timer.getId());
    }
    if (Instant.now().isAfter(due)) {
      throw new IllegalStateException("moving " + timers.size() + " due dates took longer than the lead time");
    }
    Instant giveUp = due.plus(Duration.ofMinutes(5));
    List<HistoricJobLog> done = List.of();
    while (done.size() < ids.size() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(1000);
      done = engine.getHistoryService().createHistoricJobLogQuery().successLog().activityIdIn(timerActivityId).list()
          .stream().filter(log -> ids.contains(log.getJobId())).toList();
    }
    double[] lateMillis = done.stream().mapToDouble(log -> log.getTimestamp().getTime() - due.toEpochMilli()).toArray();
    return Timings.of(Duration.between(due, Instant.now()).toMillis() / 1000.0, lateMillis);
  }
}
