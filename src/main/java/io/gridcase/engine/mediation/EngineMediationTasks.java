package io.gridcase.engine.mediation;

import io.gridcase.engine.DisputeMediationProcess;
import io.gridcase.mediation.MediationTasks;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** {@link MediationTasks} (the port of {@code mediation}) from the engine's open tasks. */
@Component
public class EngineMediationTasks implements MediationTasks {

  private final TaskService tasks;

  public EngineMediationTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public boolean holdsOpenTask(String caseNumber, String userId, Set<String> groups) {
    if (caseNumber == null || userId == null) {
      return false;
    }
    if (openTasks(caseNumber).taskAssignee(userId).count() > 0) {
      return true;
    }
    return !groups.isEmpty()
        && openTasks(caseNumber).taskCandidateGroupIn(groups.stream().sorted().toList()).includeAssignedTasks().count() > 0;
  }

  private TaskQuery openTasks(String caseNumber) {
    return tasks.createTaskQuery()
        .processDefinitionKey(DisputeMediationProcess.ID)
        .processInstanceBusinessKey(caseNumber)
        .active();
  }
}
