package io.gridcase.engine.deadline;

import io.gridcase.sla.Stage;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.sla.CaseDeadline;
import io.gridcase.sla.DeadlineException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates a stage-deadline watch waits for, read from the deadline record ({@code case_deadline})
 * each time a timer is created or re-evaluated: {@code ${stageDeadlineDates.dueAt(execution)}}.
 * The record is the one place a deadline lives, so an approved extension is one update of the row
 * and a re-evaluation of the watch's timers.
 */
@Component("stageDeadlineDates")
public class StageDeadlineDates {

  private final CaseDeadlines deadlines;

  public StageDeadlineDates(CaseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  public Date reminderAt(DelegateExecution watch) {
    return read(watch, CaseDeadline::reminderAt);
  }

  public Date dueAt(DelegateExecution watch) {
    return read(watch, CaseDeadline::dueAt);
  }

  public Date escalateAt(DelegateExecution watch) {
    return read(watch, CaseDeadline::escalateAt);
  }

  private Date read(DelegateExecution watch, Function<CaseDeadline, OffsetDateTime> date) {
    String caseNumber = WatchStep.caseNumber(watch);
    Stage stage = WatchStep.stage(watch);
    CaseDeadline deadline = deadlines.current(caseNumber, stage)
        .orElseThrow(() -> new DeadlineException("%s has no %s deadline".formatted(caseNumber, stage)));
    return Date.from(date.apply(deadline).toInstant());
  }
}
