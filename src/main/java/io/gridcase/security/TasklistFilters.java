package io.gridcase.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every human role gets ({@link CamundaAuthorizations} grants READ).
 * What a filter shows is further cut by the engine's task authorizations, so "即将超时" shows a
 * handler the due tasks of its own department and a supervisor every due task. Created once;
 * an administrator's later edits are kept. A filter's expressions pass the model sandbox like a
 * model's ({@code ModelBeans}): "即将超时" asks {@code taskDeadlines} for the end of its window, as
 * {@code dateTime().plusDays(1)} would call a method on a value, which the sandbox refuses.
 */
@Component
public class TasklistFilters {

  public static final String MINE = "我的待办";
  public static final String DEPARTMENT = "部门待签收";
  public static final String DUE_SOON = "即将超时";
  public static final String OVERDUE = "已超时";

  private final FilterService filters;
  private final TaskService tasks;

  public TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  /** Creates the shared filters that are missing; answers the ids of all four. */
  public List<String> ensure() {
    List<String> ids = new ArrayList<>();
    ids.add(ensure(MINE, -20, "分配给我的任务 Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
    ids.add(ensure(DEPARTMENT, -10, "本部门、本中心尚未签收（认领）的任务 My groups' tasks nobody has claimed yet",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .orderByTaskCreateTime().asc()));
    ids.add(ensure(DUE_SOON, 0, "24 小时内到期 Due within 24 hours",
        tasks.createTaskQuery().dueAfterExpression("${now()}")
            .dueBeforeExpression("${taskDeadlines.dueSoonUntil()}").orderByDueDate().asc()));
    ids.add(ensure(OVERDUE, 10, "已过期限 Past their due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()));
    return ids;
  }

  private String ensure(String name, int priority, String description, TaskQuery query) {
    Filter existing = filters.createTaskFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
    if (existing != null) {
      if (!listable(existing)) {
        // a query that cannot run at all (the 即将超时 of earlier releases called a method on a
        // value, which the model sandbox refuses) is replaced; anything else an administrator set stays
        filters.saveFilter(existing.setQuery(query));
      }
      return existing.getId();
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    // shown on every task in the list, so a handler recognises the case without opening it
    properties.put("variables", List.of(
        Map.of("name", "caseNumber", "label", "案件编号"),
        Map.of("name", "title", "label", "标题")));
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filters.saveFilter(filter).getId();
  }

  private boolean listable(Filter filter) {
    try {
      filters.listPage(filter.getId(), 0, 1);
      return true;
    } catch (ProcessEngineException broken) {
      return false;
    }
  }
}
