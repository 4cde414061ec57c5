package io.gridcase.security.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ElProviderCompatible;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A designer (zeng.zihao, group {@code designers}) deploys models through the engine REST API as
 * Camunda Modeler does. Models that would run code are refused at deployment (400, the reason
 * named); what passes that check still evaluates its expressions in the sandbox, so a timer that
 * fires a forbidden expression fails and nothing runs, changes or leaks.
 */
@GridcaseTest
class ExpressionSandboxTest {

  private static final String SOURCE = "expression-sandbox";
  private static final String DESIGNER = "zeng.zihao";
  private static final String PHONE = "13800138000";
  /** A product process with a none start event only: a probe version of it disturbs no other test. */
  private static final String PRODUCT_PROCESS = "request-extension";

  @Autowired TestRestTemplate anonymous;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired CaseDriver cases;
  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  @TempDir Path temp;

  @AfterEach
  void removeProbes() {
    repository.createDeploymentQuery().deploymentSource(SOURCE).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  // --- (a) a model that executes code is refused at deployment

  @Test
  void aDesignerCannotDeployAModelWhoseTimerRunsRuntimeExec() {
    Path marker = temp.resolve("exec-ran");
    String model = timerModel(PRODUCT_PROCESS,
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}",
        Map.of());
    String name = "exec-" + UUID.randomUUID();

    var answer = deployAsDesigner(name, Map.of("exec-probe.bpmn", model));

    assertRefused(answer, "exec-probe.bpmn", "Task_Probe", "getClass");
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
    assertThat(management.createJobQuery().timers().activityId("StartEvent_Soon").count()).isZero();
    assertThat(marker).doesNotExist();
  }

  // --- (b) a model that passes the check fails at runtime when it reaches beyond the sandbox

  @Test
  void aDesignersTimerThatReadsCaseRecordsFailsAndLeaksNoContact() {
    String caseNumber = cases.report(Reports.hotline("工地拖欠工资", "丰乐路工地拖欠 20 名工人工资"));
    String model = timerModel(PRODUCT_PROCESS, "${caseRecords.get(caseNumber).reporter().phone()}",
        Map.of("caseNumber", caseNumber));

    var answer = deployAsDesigner("leak-" + UUID.randomUUID(), Map.of("leak-probe.bpmn", model));
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
    String deploymentId = answer.getBody().get("id").asText();

    String message = fireFailingTimer(deploymentId);

    assertThat(message).contains("caseRecords").doesNotContain(PHONE);
    assertNothingRan(deploymentId);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // expression (passes the deployment check)          | inputs (names built at run time)        | the refusal names
      "${title[a][b](c)[d](e)[f](null)[g](command)}        | a=class,b=forName,c=java.lang.Runtime,d=getMethod,e=getRuntime,f=invoke,g=exec | 'class'",
      "${execution[a].runtimeService}                      | a=processEngineServices                  | 'processEngineServices'",
      "${caseStages[a].name}                               | a=class                                  | 'class'",
      "${title.toUpperCase()}                              | -                                        | 'toUpperCase'",
      "${execution.getVariable('title')}                   | -                                        | 'getVariable'",
      "${runtimeService.createProcessInstanceQuery().list()} | -                                      | 'runtimeService'",
  })
  void anExpressionThatPassesTheCheckStillCannotLeaveTheSandbox(String expression, String names, String refusal) {
    Path marker = temp.resolve("exec-ran");
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("title", "工地拖欠工资");
    inputs.put("command", "touch " + marker);
    if (!names.equals("-")) {
      for (String pair : names.split(",")) {
        inputs.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    String deploymentId = repository.createDeployment().source(SOURCE).name("runtime-probe")
        .addString("runtime-probe.bpmn", timerModel("sandbox-probe", expression, inputs))
        .deploy().getId();

    String message = fireFailingTimer(deploymentId);

    assertThat(message).contains(refusal);
    assertNothingRan(deploymentId);
    assertThat(marker).doesNotExist();
  }

  @Test
  void theJavaApiPathIsCheckedLikeTheRestPath() {
    var deployment = repository.createDeployment().source(SOURCE).name("java-api-probe")
        .addString("java-api-probe.bpmn", timerModel("sandbox-probe", "${''.getClass()}", Map.of()));

    assertThatThrownBy(deployment::deploy).isInstanceOf(ModelRefusedException.class)
        .hasMessageContaining("java-api-probe.bpmn, Task_Probe").hasMessageContaining("'getClass'");
    assertThat(repository.createDeploymentQuery().deploymentName("java-api-probe").count()).isZero();
  }

  @Test
  void spinsDeserialisingFunctionsAreNotAvailableToModels() {
    var deployment = repository.createDeployment().source(SOURCE).name("spin-probe")
        .addString("spin-probe.bpmn", timerModel("sandbox-probe", "${JSON(title)}", Map.of("title", "{}")));

    assertThatThrownBy(deployment::deploy).isInstanceOf(ProcessEngineException.class).hasMessageContaining("JSON");
    assertThat(repository.createDeploymentQuery().deploymentName("spin-probe").count()).isZero();
  }

  // --- (c) scripts, classes and decisions in another language are refused at deployment

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "script task       | probe.bpmn | Task_Script   | script tasks",
      "camunda:class     | probe.bpmn | Task_Class    | camunda:class",
      "listener script   | probe.bpmn | Task_Listener | scripts",
      "io script         | probe.bpmn | Task_Io       | scripts",
      "script condition  | probe.bpmn | Flow_Script   | scripts",
      "juel decision     | probe.dmn  | InputExpression_Probe | 'juel'",
      "groovy decision   | probe.dmn  | OutputEntry_Probe     | 'groovy'",
      "embedded form     | probe.bpmn | Task_Form     | camunda:formRef",
      "cmmn case         | probe.cmmn | probe.cmmn    | .bpmn, .dmn and .form",
  })
  void aDesignerCannotDeployScriptsClassesOrOtherLanguages(String what, String file, String element, String reason) {
    String name = "refused-" + UUID.randomUUID();

    var answer = deployAsDesigner(name, Map.of(file, RefusedModels.of(what)));

    assertRefused(answer, file, element, reason);
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  // --- (3) who may deploy what: a person deploys the release's processes and decisions only

  @Test
  void aDesignerCannotDeployAProcessTheReleaseDoesNotShip() {
    String model = Bpmn.convertToString(Bpmn.createExecutableProcess("designer-experiment").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Tried").endEvent("EndEvent_Tried").done());
    String name = "experiment-" + UUID.randomUUID();

    var answer = deployAsDesigner(name, Map.of("designer-experiment.bpmn", model));

    assertRefused(answer, "designer-experiment.bpmn", "'designer-experiment' is not a process of this release");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("designer-experiment").count()).isZero();
  }

  @Test
  void aDesignerStillDeploysAChangedRuleOfTheRelease() throws IOException {
    String table = Files.readString(Path.of("decisions", "kpi-targets.dmn"));
    String name = "kpi-targets-" + UUID.randomUUID();

    var answer = deployAsDesigner(name, Map.of("kpi-targets.dmn", table));

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
    String deploymentId = answer.getBody().get("id").asText();
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(deploymentId).singleResult().getKey())
        .isEqualTo("kpi-targets");
    assertThat(history.createUserOperationLogQuery().deploymentId(deploymentId).userId(DESIGNER).count())
        .as("the operation log says who deployed").isPositive();
  }

  // --- the sandbox is the engine's, for BPMN and for JUEL in DMN; no script engine runs

  @Test
  void theEngineEvaluatesInTheSandboxAndHasNoScriptEngine() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getExpressionManager()).isInstanceOf(SandboxExpressionManager.class);
    assertThat(configuration.getDmnEngineConfiguration().getElProvider())
        .isSameAs(((ElProviderCompatible) configuration.getExpressionManager()).toElProvider());
    for (String language : List.of("juel", "groovy", "javascript", "python")) {
      assertThat(configuration.getScriptEngineResolver().getScriptEngine(language, false)).as(language).isNull();
    }
    assertThat(configuration.getScriptingEngines().getScriptEngineManager().getEngineFactories()).isEmpty();
    // on the classpath: FEEL's and Camunda's JUEL script engines (which the engine no longer
    // resolves), no general-purpose language (Groovy, GraalJS, Nashorn, Jython)
    assertThat(new ScriptEngineManager().getEngineFactories())
        .extracting(ScriptEngineFactory::getLanguageName).containsOnly("feel", "feel-unary-tests", "JSP 2.1 EL");
  }

  @Test
  void theBeansAModelMayCallAreTheOnesTheModelsNameAndTheContractLists() throws IOException {
    Set<String> named = new TreeSet<>();
    Matcher root = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)").matcher("");
    try (var models = Files.list(Path.of("processes"))) {
      for (Path model : models.toList()) {
        root.reset(Files.readString(model));
        while (root.find()) {
          if (context.containsBean(root.group(1))) {
            named.add(root.group(1));
          }
        }
      }
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(ModelBeans.NAMES);
    String contract = Files.readString(Path.of("docs", "process-contract.md"));
    String section = contract.substring(contract.indexOf("## What a model may call"));
    assertThat(ModelBeans.NAMES).allSatisfy(name -> assertThat(section).contains("`" + name + "`"));
  }

  // --- helpers

  /** Runs the deployment's timer start job once, with no retries left; answers the incident's message. */
  private String fireFailingTimer(String deploymentId) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    Job timer = management.createJobQuery().processDefinitionId(definition.getId()).timers().singleResult();
    assertThat(timer).as("timer start job of %s", definition.getKey()).isNotNull();
    management.setJobRetries(timer.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(timer.getId())).isInstanceOf(ProcessEngineException.class);
    var incident = runtime.createIncidentQuery().processDefinitionId(definition.getId()).singleResult();
    assertThat(incident).as("incident of %s", definition.getKey()).isNotNull();
    return incident.getIncidentMessage();
  }

  private void assertNothingRan(String deploymentId) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().variableName("probeResult").count()).isZero();
  }

  /** A process started by a timer that is already due, whose one service task evaluates the expression. */
  static String timerModel(String processId, String expression, Map<String, String> inputs) {
    ServiceTaskBuilder task = Bpmn.createExecutableProcess(processId)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Soon").timerWithDate("2000-01-01T00:00:00")
        .serviceTask("Task_Probe").camundaExpression(expression).camundaResultVariable("probeResult");
    inputs.forEach(task::camundaInputParameter);
    return Bpmn.convertToString(task.endEvent("EndEvent_Done").done());
  }

  private ResponseEntity<JsonNode> deployAsDesigner(String name, Map<String, String> resources) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", name);
    body.add("deployment-source", SOURCE);
    resources.forEach((file, content) -> body.add(file, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    }));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return Logins.as(anonymous, DESIGNER)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  static void assertRefused(ResponseEntity<JsonNode> answer, String... named) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    String detail = answer.getBody().get("detail").asText();
    assertThat(detail).contains(named).doesNotContain("Exception", "at org.", "at io.");
  }
}
