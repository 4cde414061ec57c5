package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * task-deadline and task-priority: every step of the center's own that asks
 * {@code taskDeadlines.center} has a row, and a task's priority follows its case's.
 */
class TaskDeadlineTest {

  private final DmnDecision deadline = DecisionTables.parse("task-deadline");
  private final DmnDecision priority = DecisionTables.parse("task-priority");

  @Test
  void everyCenterTaskInTheModelsHasADeadlineRow() throws IOException {
    List<String> centerTasks = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> Bpmn.readModelFromFile(f.toFile())
          .getModelElementsByType(UserTask.class).stream()
          .filter(task -> "${taskDeadlines.center(execution)}".equals(task.getCamundaDueDate()))
          .forEach(task -> centerTasks.add(task.getId())));
    }
    assertThat(centerTasks).contains("UserTask_TriageCaseManually", "UserTask_DispatchCaseManually",
        "UserTask_RedispatchOrder", "UserTask_ArbitrateOrder", "UserTask_ResolveOnTheSpot", "UserTask_RevisitReporter",
        "UserTask_SuperviseCase", "UserTask_ReviewWeakSignal", "UserTask_DecideExtension");
    for (String task : centerTasks) {
      Map<String, Object> row = evaluate(deadline, vars("task", task)).getSingleResult().getEntryMap();
      assertThat((String) row.get("limit")).as(task).matches("P(\\d+D)?(T(\\d+H)?(\\d+M)?)?");
      assertThat(row.get("workingDays")).as(task).isInstanceOf(Boolean.class);
    }
  }

  @Test
  void aTaskWithoutARowHasNoDeadline() {
    assertThat(evaluate(deadline, vars("task", "UserTask_SignForOrder")).isEmpty()).isTrue();
  }

  @Test
  void theTaskPriorityFollowsTheCasePriority() {
    List<Integer> order = Stream.of("URGENT", "HIGH", "NORMAL", "LOW")
        .map(p -> ((Number) evaluate(priority, vars("casePriority", p)).getSingleEntry()).intValue())
        .toList();
    assertThat(order).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
    assertThat(((Number) evaluate(priority, vars("casePriority", null)).getSingleEntry()).intValue())
        .as("no case or not triaged: as a normal case").isEqualTo(order.get(2));
  }
}
