package io.gridcase.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Parses the real files in the top-level decisions/ folder with the plain DMN engine. */
final class DecisionTables {

  /** Built the way the embedded engine builds it: FEEL Scala for expressions and unary tests. */
  static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private static final Path FOLDER = Path.of("decisions");

  private DecisionTables() {}

  static DmnDecision parse(String decisionId) {
    try (InputStream in = Files.newInputStream(FOLDER.resolve(decisionId + ".dmn"))) {
      return ENGINE.parseDecision(decisionId, in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + decisionId, e);
    }
  }

  static DmnDecisionResult evaluate(DmnDecision decision, VariableMap variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }

  /** A variable map that allows null values, like a process scope does. */
  static VariableMap vars(Object... namesAndValues) {
    VariableMap map = Variables.createVariables();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** What mapDecisionResult="collectEntries" hands to the process. */
  static List<Object> collectEntries(DmnDecisionResult result, String output) {
    return result.collectEntries(output);
  }

  static Map<String, Object> singleResult(DmnDecisionResult result) {
    return result.getSingleResult().getEntryMap();
  }
}
