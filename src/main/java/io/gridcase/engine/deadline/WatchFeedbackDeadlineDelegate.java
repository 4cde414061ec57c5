package io.gridcase.engine.deadline;

import static io.gridcase.engine.CaseLifecycleProcess.COUNTY_CENTER_GROUP;
import static io.gridcase.engine.CaseLifecycleProcess.FEEDBACK_DEADLINE;
import static io.gridcase.engine.CaseLifecycleProcess.TITLE;
import static io.gridcase.engine.CaseLifecycleProcess.TOWN_CENTER_GROUP;

import io.gridcase.engine.BusinessKey;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.sla.Stage;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_WatchFeedbackDeadline} of case-lifecycle: the reporter's feedback (反馈) gets a
 * stage-deadline watch beside the case, with the limit {@code feedback-deadline} decided (ADR 31).
 */
@Component("watchFeedbackDeadlineDelegate")
public class WatchFeedbackDeadlineDelegate implements JavaDelegate {

  private final DeadlineWatches watches;

  public WatchFeedbackDeadlineDelegate(DeadlineWatches watches) {
    this.watches = watches;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> limit = (Map<String, Object>) execution.getVariable(FEEDBACK_DEADLINE);
    Map<String, Object> caseVariables = new HashMap<>();
    caseVariables.put(StageDeadlineProcess.TITLE, execution.getVariable(TITLE));
    caseVariables.put(StageDeadlineProcess.TOWN_CENTER_GROUP, execution.getVariable(TOWN_CENTER_GROUP));
    caseVariables.put(StageDeadlineProcess.COUNTY_CENTER_GROUP, execution.getVariable(COUNTY_CENTER_GROUP));
    watches.watch(BusinessKey.caseNumber(execution), Stage.FEEDBACK, limit, caseVariables);
  }
}
