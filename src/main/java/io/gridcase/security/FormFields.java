package io.gridcase.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The variables a Camunda Form (deployed beside the model, {@code camunda:formRef}) submits: the
 * {@code key} of each field that is not disabled, looking into groups; a group or dynamic list
 * with a {@code path} submits one variable of that name. Disabled fields only show what the
 * process already knows (case number, title, department): form-js never submits them, so nobody
 * else may either. A task or start event without a Camunda Form submits nothing.
 */
final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService forms;

  FormFields(FormService forms) {
    this.forms = forms;
  }

  /** The fields of the task's form; the caller must be allowed to read the task, or be the system. */
  Set<String> ofTask(String taskId) {
    return read(() -> forms.getDeployedTaskForm(taskId));
  }

  Set<String> ofStartForm(String processDefinitionId) {
    return read(() -> forms.getDeployedStartForm(processDefinitionId));
  }

  private static Set<String> read(Supplier<InputStream> form) {
    InputStream content;
    try {
      content = form.get();
    } catch (ProcessEngineException noCamundaForm) {
      // "one of the attributes 'formKey' and 'camunda:formRef' must be supplied": no form, no fields
      return Set.of();
    }
    try (content) {
      JsonNode root = JSON.readTree(content);
      Set<String> fields = new TreeSet<>();
      collect(root.path("components"), fields);
      return fields;
    } catch (IOException notAForm) {
      // an embedded HTML form or anything else that is not a Camunda Form: no field we know of
      return Set.of();
    }
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        fields.add(firstSegment(path));
        continue;
      }
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        fields.add(firstSegment(key));
      }
      collect(component.path("components"), fields);
    }
  }

  /** {@code a.b} submits the variable {@code a} holding {@code {b: …}}. */
  private static String firstSegment(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
