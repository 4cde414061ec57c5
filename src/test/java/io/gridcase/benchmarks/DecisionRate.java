package io.gridcase.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import io.gridcase.engine.decision.MemoizingFeelEngine;
import io.gridcase.engine.decision.MemoizingFeelEngineFactory;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Evaluations per second on one thread of the routing table as shipped ({@code lead-department},
 * FEEL, hit policy FIRST) through the public {@link DmnEngine} API: with Camunda's default DMN
 * configuration (the plain engine) and with the memoizing FEEL engine Gridcase's engine uses
 * ({@link MemoizingFeelEngine}, ADR 25). The inputs cycle through every category the table names
 * plus {@code OTHER}, which matches no row, so early, late and missing hits are all evaluated.
 * Three rounds of each, alternating, in one run; the median round of each is reported.
 *
 * <p>Alone: {@code mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=io.gridcase.benchmarks.DecisionRate}.
 */
public final class DecisionRate {

  static final String DECISION = "lead-department";
  private static final String RESOURCE = "models/lead-department.dmn";

  private DecisionRate() {}

  static String input() {
    return "12345 hotline, town JM-PJ-HUANSHI, not 涉侨, category cycling through " + inputs().size()
        + " values (every category of the table's rows and OTHER, which matches none)";
  }

  /** Evaluations per second per thread: the memoizing FEEL engine (Gridcase) and the plain engine. */
  record Result(double memoized, double plain) {}

  public static void main(String[] args) throws IOException {
    int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : BenchmarkSizes.full().decisions();
    Result result = measure(evaluations);
    System.out.printf(java.util.Locale.ROOT, "routing decisions/s per thread, %,d evaluations a round: memoized %,.0f, plain %,.0f, ratio %.1f%n",
        evaluations, result.memoized(), result.plain(), result.memoized() / result.plain());
  }

  static Result measure(int evaluations) throws IOException {
    Rate memoized = new Rate(true);
    Rate plain = new Rate(false);
    memoized.evaluate(evaluations / 2); // warm-up
    plain.evaluate(evaluations / 2);
    double[] m = new double[3];
    double[] p = new double[3];
    for (int round = 0; round < 3; round++) {
      p[round] = plain.perSecond(evaluations);
      m[round] = memoized.perSecond(evaluations);
    }
    java.util.Arrays.sort(m);
    java.util.Arrays.sort(p);
    return new Result(m[1], p[1]);
  }

  /** One DMN engine with the table parsed. */
  private static final class Rate {
    private final DmnEngine dmn;
    private final DmnDecision decision;
    private final List<VariableMap> inputs = inputs();

    Rate(boolean memoizing) throws IOException {
      DefaultDmnEngineConfiguration configuration =
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      if (memoizing) {
        configuration.feelEngineFactory(new MemoizingFeelEngineFactory(new ScalaFeelEngineFactory()));
      }
      dmn = configuration.buildEngine();
      try (InputStream model = resource()) {
        decision = dmn.parseDecision(DECISION, model);
      }
    }

    double perSecond(int evaluations) {
      long start = System.nanoTime();
      evaluate(evaluations);
      return evaluations / ((System.nanoTime() - start) / 1e9);
    }

    void evaluate(int evaluations) {
      DecisionRate.evaluate(dmn, decision, inputs, evaluations);
    }
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
