package io.gridcase.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conventions every model in processes/, decisions/ and forms/ keeps, so that Camunda Modeler opens
 * it, the engine deploys it and the Java code finds what the process contract promises. Plain model
 * API, no engine, no Spring. Run against another folder with -Dgridcase.models.root=/path.
 */
class ModelConventionsTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private static Path root;
  private static Map<Path, BpmnModelInstance> processes;
  private static Map<Path, DmnModelInstance> decisions;
  private static Map<Path, JsonNode> forms;

  @BeforeAll
  static void readModels() {
    root = Path.of(System.getProperty("gridcase.models.root", "."));
    processes = read("processes", ".bpmn", path -> Bpmn.readModelFromFile(path.toFile()));
    decisions = read("decisions", ".dmn", path -> Dmn.readModelFromFile(path.toFile()));
    forms = read("forms", ".form", ModelConventionsTest::readJson);
    assertThat(processes).as("BPMN files in %s", root.resolve("processes").toAbsolutePath()).isNotEmpty();
  }

  @Test
  void everyFlowNodeAndSequenceFlowHasDiagramInterchange() {
    List<String> missing = new ArrayList<>();
    processes.forEach((path, model) -> {
      Set<String> drawn = new TreeSet<>();
      model.getModelElementsByType(BpmnShape.class).stream()
          .filter(shape -> shape.getBpmnElement() != null)
          .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).stream()
          .filter(edge -> edge.getBpmnElement() != null && !edge.getWaypoints().isEmpty())
          .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
      Stream.concat(
              model.getModelElementsByType(FlowNode.class).stream(),
              model.getModelElementsByType(SequenceFlow.class).stream())
          .map(BaseElement::getId)
          .filter(id -> !drawn.contains(id))
          .forEach(id -> missing.add(name(path) + ": " + id));
    });
    assertThat(missing).as("flow nodes and sequence flows without a BPMNShape / BPMNEdge").isEmpty();
  }

  @Test
  void everyProcessAndDecisionHasHistoryTimeToLive() {
    List<String> missing = new ArrayList<>();
    processes.forEach((path, model) -> model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable)
        .filter(process -> isBlank(process.getCamundaHistoryTimeToLiveString()))
        .forEach(process -> missing.add(name(path) + ": process " + process.getId())));
    decisions.forEach((path, model) -> model.getModelElementsByType(Decision.class).stream()
        .filter(decision -> isBlank(decision.getCamundaHistoryTimeToLiveString()))
        .forEach(decision -> missing.add(name(path) + ": decision " + decision.getId())));
    assertThat(missing).as("processes and decisions without camunda:historyTimeToLive").isEmpty();
  }

  @Test
  void processIdIsTheFileName() {
    List<String> wrong = new ArrayList<>();
    processes.forEach((path, model) -> model.getModelElementsByType(Process.class).stream()
        .filter(process -> !process.getId().equals(baseName(path)))
        .forEach(process -> wrong.add(name(path) + ": process " + process.getId())));
    assertThat(wrong).as("process ids that differ from their file name").isEmpty();
  }

  @Test
  void formRefsNameFormsInTheFormsFolder() {
    Set<String> formIds = forms.values().stream()
        .map(form -> form.path("id").asText())
        .collect(Collectors.toSet());
    List<String> dangling = new ArrayList<>();
    processes.forEach((path, model) -> {
      model.getModelElementsByType(UserTask.class).stream()
          .filter(task -> task.getCamundaFormRef() != null && !formIds.contains(task.getCamundaFormRef()))
          .forEach(task -> dangling.add(name(path) + ": " + task.getId() + " -> " + task.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(event -> event.getCamundaFormRef() != null && !formIds.contains(event.getCamundaFormRef()))
          .forEach(event -> dangling.add(name(path) + ": " + event.getId() + " -> " + event.getCamundaFormRef()));
    });
    assertThat(dangling).as("camunda:formRef naming no form id in forms/ %s", new TreeSet<>(formIds)).isEmpty();
  }

  @Test
  void decisionRefsNameDecisionsInTheDecisionsFolder() {
    Set<String> decisionIds = decisions.values().stream()
        .flatMap(model -> model.getModelElementsByType(Decision.class).stream())
        .map(Decision::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> dangling = new ArrayList<>();
    processes.forEach((path, model) -> model.getModelElementsByType(BusinessRuleTask.class).stream()
        .filter(task -> task.getCamundaDecisionRef() != null && !decisionIds.contains(task.getCamundaDecisionRef()))
        .forEach(task -> dangling.add(name(path) + ": " + task.getId() + " -> " + task.getCamundaDecisionRef())));
    assertThat(dangling).as("camunda:decisionRef naming no decision id in decisions/ %s", decisionIds).isEmpty();
  }

  @Test
  void noJavaClassesAndNoScripts() {
    List<String> offenders = new ArrayList<>();
    processes.forEach((path, model) ->
        collectClassesAndScripts(model.getDocument().getRootElement(), name(path), offenders));
    assertThat(offenders)
        .as("camunda:class, camunda:resource, scriptTask or camunda:script (use delegateExpression and DMN instead)")
        .isEmpty();
  }

  @Test
  void fileNamesAreUniqueAcrossProcessesDecisionsAndForms() {
    Map<String, List<String>> byName = new TreeMap<>();
    Stream.of(processes.keySet(), decisions.keySet(), forms.keySet())
        .flatMap(Set::stream)
        .forEach(path -> byName.computeIfAbsent(baseName(path), key -> new ArrayList<>())
            .add(root.relativize(path).toString()));
    Map<String, List<String>> clashes = byName.entrySet().stream()
        .filter(entry -> entry.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertThat(clashes).as("file names (without extension) used more than once; all models deploy side by side").isEmpty();
  }

  @Test
  void formIdIsTheFileName() {
    List<String> wrong = new ArrayList<>();
    forms.forEach((path, form) -> {
      String id = form.path("id").asText(null);
      if (!baseName(path).equals(id)) {
        wrong.add(name(path) + ": id " + id);
      }
    });
    assertThat(wrong).as("forms whose id differs from their file name").isEmpty();
  }

  // ---------------------------------------------------------------------------------- helpers

  private static void collectClassesAndScripts(DomElement element, String file, List<String> offenders) {
    String where = file + ": " + describe(element);
    if (BPMN_NS.equals(element.getNamespaceURI()) && "scriptTask".equals(element.getLocalName())) {
      offenders.add(where + " is a script task");
    }
    boolean isCamundaScript = CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName());
    if (isCamundaScript) {
      offenders.add(where + " holds a camunda:script");
    }
    if (element.hasAttribute(CAMUNDA_NS, "class")) {
      offenders.add(where + " uses camunda:class=" + element.getAttribute(CAMUNDA_NS, "class"));
    }
    if (element.hasAttribute(CAMUNDA_NS, "resource") || isCamundaScript && element.hasAttribute("resource")) {
      offenders.add(where + " loads a script resource");
    }
    for (DomElement child : element.getChildElements()) {
      collectClassesAndScripts(child, file, offenders);
    }
  }

  /** The element, or for an extension element its nearest ancestor with an id. */
  private static String describe(DomElement element) {
    String tag = element.getLocalName();
    DomElement carrier = element;
    while (carrier != null && !carrier.hasAttribute("id")) {
      carrier = carrier.getParentElement();
    }
    return carrier == null ? tag
        : carrier == element ? tag + " " + element.getAttribute("id")
        : tag + " in " + carrier.getAttribute("id");
  }

  private static <T> Map<Path, T> read(String folder, String extension, Function<Path, T> reader) {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(path -> path.getFileName().toString().endsWith(extension))
          .collect(Collectors.toMap(path -> path, reader, (a, b) -> a, TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path path) {
    try {
      return new ObjectMapper().readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read form " + path, e);
    }
  }

  private static String name(Path path) {
    return root.relativize(path).toString();
  }

  private static String baseName(Path path) {
    String file = path.getFileName().toString();
    return file.substring(0, file.lastIndexOf('.'));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
