package io.gridcase.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Evaluations per second on one thread of the routing table as shipped ({@code lead-department},
 * FEEL, hit policy FIRST) through the public {@link DmnEngine} API with Camunda's default DMN
 * configuration. The inputs cycle through every category the table names plus {@code OTHER},
 * which matches no row, so early, late and missing hits are all evaluated.
 */
final class DecisionRate {

  static final String DECISION = "lead-department";
  private static final String RESOURCE = "models/lead-department.dmn";

  private DecisionRate() {}

  static String input() {
    return "12345 hotline, town JM-PJ-HUANSHI, not 涉侨, category cycling through " + inputs().size()
        + " values (every category of the table's rows and OTHER, which matches none)";
  }

  static double perSecond(int evaluations) throws IOException {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision decision;
    try (InputStream model = resource()) {
      decision = dmn.parseDecision(DECISION, model);
    }
    List<VariableMap> inputs = inputs();
    evaluate(dmn, decision, inputs, evaluations / 2); // warm-up
    long start = System.nanoTime();
    evaluate(dmn, decision, inputs, evaluations);
    return evaluations / ((System.nanoTime() - start) / 1e9);
  }

  private static void evaluate(DmnEngine dmn, DmnDecision decision, List<VariableMap> inputs, int evaluations) {
    for (int i = 0; i < evaluations; i++) {
      if (dmn.evaluateDecisionTable(decision, inputs.get(i % inputs.size())).size() > 1) {
        throw new IllegalStateException("hit policy FIRST gave more than one row");
      }
    }
  }

  private static List<VariableMap> inputs() {
    try (InputStream model = resource()) {
      var categories = Dmn.readModelFromStream(model).getModelElementsByType(Rule.class).stream()
          .map(rule -> rule.getInputEntries().iterator().next().getTextContent().trim())
          .filter(text -> text.startsWith("\""))
          .map(text -> text.replace("\"", ""))
          .distinct();
      return java.util.stream.Stream.concat(categories, java.util.stream.Stream.of("OTHER"))
          .map(category -> Variables.createVariables().putValue("category", category).putValue("channel", "HOTLINE_12345")
              .putValue("townCode", "JM-PJ-HUANSHI").putValue("overseasChinese", false))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static InputStream resource() {
    return DecisionRate.class.getClassLoader().getResourceAsStream(RESOURCE);
  }
}
