package io.gridcase.security.models;

/**
 * Models that would run code, each as a designer might write it in Camunda Modeler. The processes
 * and decisions carry ids of the release ({@code request-extension}, {@code kpi-targets}), so that
 * only what they contain is refused, not who deploys them.
 */
final class RefusedModels {

  private RefusedModels() {}

  static String of(String what) {
    return switch (what) {
      case "script task" -> process("""
          <bpmn:scriptTask id="Task_Script" scriptFormat="groovy">
            <bpmn:script>'touch /tmp/gridcase-script-ran'.execute()</bpmn:script>
          </bpmn:scriptTask>""");
      case "camunda:class" -> process("""
          <bpmn:serviceTask id="Task_Class" camunda:class="io.gridcase.engine.lifecycle.CloseCaseDelegate" />""");
      case "listener script" -> process("""
          <bpmn:serviceTask id="Task_Listener" camunda:expression="${true}">
            <bpmn:extensionElements>
              <camunda:executionListener event="start">
                <camunda:script scriptFormat="juel">${caseRecords}</camunda:script>
              </camunda:executionListener>
            </bpmn:extensionElements>
          </bpmn:serviceTask>""");
      case "io script" -> process("""
          <bpmn:serviceTask id="Task_Io" camunda:expression="${true}">
            <bpmn:extensionElements>
              <camunda:inputOutput>
                <camunda:inputParameter name="phone">
                  <camunda:script scriptFormat="javascript">java.lang.System.getenv()</camunda:script>
                </camunda:inputParameter>
              </camunda:inputOutput>
            </bpmn:extensionElements>
          </bpmn:serviceTask>""");
      case "script condition" -> process("""
          <bpmn:exclusiveGateway id="Gateway_Probe" />
          <bpmn:endEvent id="EndEvent_Probe" />
          <bpmn:sequenceFlow id="Flow_Script" sourceRef="Gateway_Probe" targetRef="EndEvent_Probe">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
          </bpmn:sequenceFlow>""");
      case "embedded form" -> process("""
          <bpmn:userTask id="Task_Form" camunda:formKey="embedded:deployment:steal.html" />""");
      case "juel decision" -> decision("""
          <input id="Input_Probe">
            <inputExpression id="InputExpression_Probe" typeRef="string" expressionLanguage="juel">
              <text>${caseRecords}</text>
            </inputExpression>
          </input>
          <output id="Output_Probe" name="target" typeRef="string" />
          <rule id="Rule_Probe">
            <inputEntry id="InputEntry_Probe"><text>-</text></inputEntry>
            <outputEntry id="OutputEntry_Probe"><text>"x"</text></outputEntry>
          </rule>""");
      case "groovy decision" -> decision("""
          <input id="Input_Probe">
            <inputExpression id="InputExpression_Probe" typeRef="string"><text>kpi</text></inputExpression>
          </input>
          <output id="Output_Probe" name="target" typeRef="string" />
          <rule id="Rule_Probe">
            <inputEntry id="InputEntry_Probe"><text>-</text></inputEntry>
            <outputEntry id="OutputEntry_Probe" expressionLanguage="groovy"><text>'id'.execute().text</text></outputEntry>
          </rule>""");
      case "cmmn case" -> """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" id="Definitions_Probe" targetNamespace="http://gridcase.io/cmmn">
            <case id="Case_Probe"><casePlanModel id="CasePlanModel_Probe" /></case>
          </definitions>
          """;
      default -> throw new IllegalArgumentException(what);
    };
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

  private static String decision(String table) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" \
        xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Probe" name="probe" namespace="http://gridcase.io/dmn">
          <decision id="kpi-targets" name="probe" camunda:historyTimeToLive="P1D">
            <decisionTable id="DecisionTable_Probe">
        %s
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(table);
  }
}
