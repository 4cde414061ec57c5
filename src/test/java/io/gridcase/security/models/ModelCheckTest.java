package io.gridcase.security.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deployment check on its own, no engine: the product's models pass it, and each way a model
 * could run code is named in the refusal (resource, element, what). The end-to-end refusal over
 * the engine REST API is {@link ExpressionSandboxTest}'s.
 */
class ModelCheckTest {

  private static final Map<String, byte[]> RELEASE = productModels();
  private static final ModelCheck.Keys RELEASED = ModelCheck.keys(RELEASE);
  private final ModelCheck check = new ModelCheck(() -> RELEASED);

  @Test
  void theProductsOwnModelsPass() {
    assertThat(RELEASE).hasSizeGreaterThan(20);
    assertThat(check.refusals(RELEASE, true)).isEmpty();
    assertThat(check.refusals(RELEASE, false)).isEmpty();
    assertThat(ModelCheck.keys(RELEASE).processes()).contains("case-lifecycle", "department-order", "stage-deadline");
    assertThat(ModelCheck.keys(RELEASE).decisions()).contains("case-triage", "deadline-profile", "kpi-targets");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "script task      | Task_Script   | script tasks",
      "camunda:class    | Task_Class    | camunda:class",
      "listener script  | Task_Listener | scripts",
      "io script        | Task_Io       | scripts",
      "script condition | Flow_Script   | language 'groovy'",
      "embedded form    | Task_Form     | camunda:formRef",
  })
  void aProcessThatRunsCodeIsRefused(String what, String element, String reason) {
    assertThat(refusals("probe.bpmn", RefusedModels.of(what)))
        .anySatisfy(refusal -> assertThat(refusal).contains("probe.bpmn, " + element).contains(reason));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "resource script   | <bpmn:scriptTask id='Task_Resource' camunda:resource='deployment://run.groovy' scriptFormat='groovy' /> | Task_Resource | camunda:resource",
      "connector         | <bpmn:serviceTask id='Task_Http'><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask> | Task_Http | connectors",
      "field injection   | <bpmn:serviceTask id='Task_Field' camunda:delegateExpression='${closeCaseDelegate}'><bpmn:extensionElements><camunda:field name='ending' stringValue='x' /></bpmn:extensionElements></bpmn:serviceTask> | Task_Field | field injection",
      "mapping class     | <bpmn:callActivity id='Call_Mapping' calledElement='department-order' camunda:variableMappingClass='java.lang.Object' /> | Call_Mapping | camunda:variableMappingClass",
      "form handler      | <bpmn:userTask id='Task_Handler' camunda:formHandlerClass='java.lang.Object' /> | Task_Handler | camunda:formHandlerClass",
      "listener class    | <bpmn:userTask id='Task_Listener'><bpmn:extensionElements><camunda:taskListener event='create' class='java.lang.Object' /></bpmn:extensionElements></bpmn:userTask> | Task_Listener | camunda:class",
      "validator         | <bpmn:userTask id='Task_Validator'><bpmn:extensionElements><camunda:formData><camunda:formField id='x' type='string'><camunda:validation><camunda:constraint name='validator' config='java.lang.Object' /></camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask> | x | validators",
      "bracket literal   | <bpmn:serviceTask id='Task_Bracket' camunda:expression=\"${title[ 'class' ]}\" /> | Task_Bracket | 'class'",
      "deferred          | <bpmn:userTask id='Task_Deferred' camunda:assignee='#{execution.processEngineServices}' /> | Task_Deferred | 'processEngineServices'",
      "mapTo             | <bpmn:serviceTask id='Task_Spin' camunda:expression='${order.mapTo(type)}' /> | Task_Spin | 'mapTo'",
      "condition text    | <bpmn:sequenceFlow id='Flow_Text' sourceRef='StartEvent_Probe' targetRef='StartEvent_Probe'><bpmn:conditionExpression xsi:type='bpmn:tFormalExpression'>${x.class.classLoader != null}</bpmn:conditionExpression></bpmn:sequenceFlow> | Flow_Text | 'classLoader'",
  })
  void eachWayToRunCodeIsNamed(String what, String elements, String element, String reason) {
    assertThat(refusals("probe.bpmn", process(elements)))
        .anySatisfy(refusal -> assertThat(refusal).contains("probe.bpmn, " + element).contains(reason));
  }

  @Test
  void documentationAndPlainStringsAreNotExpressions() {
    String elements = """
        <bpmn:serviceTask id="Task_Plain" camunda:expression="${title == 'class' || title == 'getClass'}">
          <bpmn:documentation>Never ${title.getClass()}: the class of a value is out of reach.</bpmn:documentation>
        </bpmn:serviceTask>""";
    assertThat(refusals("probe.bpmn", process(elements))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "juel decision   | InputExpression_Probe | 'juel'",
      "groovy decision | OutputEntry_Probe     | 'groovy'",
  })
  void aDecisionIsFeelOnly(String what, String element, String language) {
    assertThat(refusals("probe.dmn", RefusedModels.of(what)))
        .anySatisfy(refusal -> assertThat(refusal).contains("probe.dmn, " + element).contains(language));
  }

  @Test
  void feelMayBeNamedAsTheDmnStandardsDo() {
    assertThat(ModelCheck.isFeel("feel")).isTrue();
    assertThat(ModelCheck.isFeel("FEEL")).isTrue();
    assertThat(ModelCheck.isFeel("https://www.omg.org/spec/DMN/20191111/FEEL/")).isTrue();
    assertThat(ModelCheck.isFeel("http://www.omg.org/spec/FEEL/20140401")).isTrue();
    assertThat(ModelCheck.isFeel("juel")).isFalse();
    assertThat(ModelCheck.isFeel("http://example.org/feel/groovy")).isFalse();
  }

  @Test
  void aDeploymentCarriesModelsOnly() {
    assertThat(refusals("probe.cmmn", RefusedModels.of("cmmn case"))).singleElement().asString()
        .contains("probe.cmmn").contains(".bpmn, .dmn and .form");
    assertThat(refusals("steal.html", "<script>fetch('/engine-rest/task')</script>")).singleElement().asString()
        .contains("steal.html");
    assertThat(refusals("report-case.form", "{\"id\": \"report-case\", \"components\": []}")).isEmpty();
  }

  @Test
  void aModelThatDoesNotParseIsRefused() {
    String entity = """
        <?xml version="1.0"?>
        <!DOCTYPE bpmn:definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
          <bpmn:process id="request-extension" isExecutable="true"><bpmn:documentation>&secret;</bpmn:documentation></bpmn:process>
        </bpmn:definitions>
        """;
    assertThat(refusals("probe.bpmn", entity)).singleElement().asString().contains("probe.bpmn").contains("not a valid BPMN");
  }

  @Test
  void aPersonDeploysOnlyTheReleasesProcessesAndDecisionsTheApplicationWhatItShips() {
    String experiment = process("").replace("\"request-extension\"", "\"designer-experiment\"");
    assertThat(check.refusals(Map.of("x.bpmn", bytes(experiment)), true)).singleElement().asString()
        .contains("x.bpmn, designer-experiment").contains("not a process of this release");
    assertThat(check.refusals(Map.of("x.bpmn", bytes(experiment)), false)).isEmpty();
    String decision = RefusedModels.of("groovy decision").replace("expressionLanguage=\"groovy\"", "")
        .replace("\"kpi-targets\"", "\"designer-table\"");
    assertThat(check.refusals(Map.of("t.dmn", bytes(decision)), true)).singleElement().asString()
        .contains("t.dmn, designer-table").contains("not a decision of this release");
  }

  @Test
  void onlyBracketLiteralsAndIdentifiersCount() {
    assertThat(ExpressionPolicy.forbiddenNamesIn("${a['getClass']} and ${b[\"forName\"]} and ${c.exec}"))
        .containsExactly("exec", "forName", "getClass");
    assertThat(ExpressionPolicy.forbiddenNamesIn("${a == 'class'} getClass ${b['x\\'class']}")).isEmpty();
    assertThat(ExpressionPolicy.forbiddenNamesIn("${m['}'].invoke}")).containsExactly("invoke");
  }

  // --- helpers

  private List<String> refusals(String resource, String content) {
    return check.refusals(Map.of(resource, bytes(content)), true);
  }

  private static String process(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        id="Definitions_Probe" targetNamespace="http://gridcase.io/bpmn">
          <bpmn:process id="request-extension" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Probe" />
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(elements);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> productModels() {
    Map<String, byte[]> models = new LinkedHashMap<>();
    for (String folder : List.of("processes", "decisions", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          models.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }
}
