package io.gridcase.security.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcase.support.GridcaseTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An object variable in JSON names the Java type Jackson builds from it. Anyone who can write a
 * variable could otherwise make the engine build any class on the class path; only the JDK's plain
 * collections and Gridcase's own types are read back.
 */
@GridcaseTest
class DeserializationTypeTest {

  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void aVariableNamingAClassOutsideTheAllowedOnesIsNotBuilt() {
    String instance = waitingInstance();
    ObjectValue gadget = Variables.serializedObjectValue("\"/etc/passwd\"")
        .objectTypeName("java.io.File")
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
    runtime.setVariable(instance, "gadget", gadget);

    assertThatThrownBy(() -> runtime.getVariable(instance, "gadget"))
        .isInstanceOf(ProcessEngineException.class)
        .rootCause()
        .hasMessageContaining("not whitelisted for deserialization: [java.io.File]");
  }

  @Test
  void plainCollectionsAreStillRead() {
    String instance = waitingInstance();
    runtime.setVariable(instance, "departments", Variables.objectValue(new ArrayList<>(List.of("HRSS", "JUSTICE")))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());

    assertThat(runtime.getVariable(instance, "departments")).isEqualTo(List.of("HRSS", "JUSTICE"));
  }

  @Test
  void theEmptyListOfADecisionThatMatchedNothingIsRead() {
    // collectEntries stores Collections.emptyList() (coDepartments when no co-handler is routed);
    // Tasklist reads it back to show the manual dispatch form
    String instance = waitingInstance();
    runtime.setVariable(instance, "coDepartments", Variables.objectValue(Collections.emptyList())
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());

    assertThat(runtime.getVariable(instance, "coDepartments")).isEqualTo(List.of());
  }

  private String waitingInstance() {
    var model = Bpmn.createExecutableProcess("deserialization-probe")
        .camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Wait").endEvent().done();
    deployments.add(repository.createDeployment().addModelInstance("deserialization-probe.bpmn", model).deploy().getId());
    return runtime.startProcessInstanceByKey("deserialization-probe").getId();
  }
}
