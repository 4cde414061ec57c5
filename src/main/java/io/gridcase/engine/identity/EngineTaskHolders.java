package io.gridcase.engine.identity;

import io.gridcase.notification.TaskHolders;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** {@link TaskHolders} (the port of {@code notification}) from the engine's tasks and users. */
@Component
public class EngineTaskHolders implements TaskHolders {

  private final TaskService tasks;
  private final IdentityService identity;

  public EngineTaskHolders(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  @Override
  public List<String> assignees(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).active().list().stream()
        .map(Task::getAssignee)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public Optional<String> email(String userId) {
    return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult()).map(User::getEmail);
  }

  @Override
  public List<String> groupEmails(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .toList();
  }
}
