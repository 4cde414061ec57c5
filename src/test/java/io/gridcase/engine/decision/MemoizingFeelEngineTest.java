package io.gridcase.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memoizing FEEL engine gives the plain engine's answer on every row of every shipped decision
 * table: every combination of the values the cells name (so every row, and inputs that hit none),
 * evaluated by a plain DMN engine and twice by one with {@link MemoizingFeelEngine} (the second time
 * from its memory). Same matched rows, same outputs.
 */
class MemoizingFeelEngineTest {

  /** Every table in decisions/: the four routing tables and every other one the memory serves. */
  static Stream<String> decisions() {
    String[] files = new File("decisions").list((dir, name) -> name.endsWith(".dmn"));
    return Stream.of(files).map(name -> name.replace(".dmn", "")).sorted();
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void givesThePlainEnginesAnswerOnEveryRow(String key) {
    Recorder plainRows = new Recorder();
    Recorder memoRows = new Recorder();
    DmnEngine plain = engine(false, plainRows);
    DmnEngine memo = engine(true, memoRows);
    DmnDecision plainDecision = plain.parseDecision(key, DecisionTableInputs.resource(key));
    DmnDecision memoDecision = memo.parseDecision(key, DecisionTableInputs.resource(key));
    List<VariableMap> inputs = DecisionTableInputs.combinations(key);
    assertThat(inputs).hasSizeLessThan(100_000);

    Set<String> hit = new HashSet<>();
    int noRow = 0;
    for (VariableMap input : inputs) {
      Object expected = outcome(plain, plainDecision, input, plainRows);
      List<String> rows = plainRows.last;
      assertThat(outcome(memo, memoDecision, input, memoRows)).as("%s first time for %s", key, input).isEqualTo(expected);
      assertThat(outcome(memo, memoDecision, input, memoRows)).as("%s from memory for %s", key, input).isEqualTo(expected);
      assertThat(memoRows.last).as("%s rows for %s", key, input).isEqualTo(rows);
      hit.addAll(rows);
      noRow += rows.isEmpty() ? 1 : 0;
    }
    assertThat(hit).as("every row of %s reached", key).containsExactlyInAnyOrderElementsOf(DecisionTableInputs.ruleIds(key));
    if (!DecisionTableInputs.hasCatchAll(key)) {
      assertThat(noRow).as("some input of %s hits no row", key).isPositive();
    }
  }

  /** The outputs, or the failure's message (a failing input must fail the same way). */
  private static Object outcome(DmnEngine engine, DmnDecision decision, VariableMap input, Recorder rows) {
    rows.last = List.of();
    try {
      return engine.evaluateDecisionTable(decision, input).getResultList();
    } catch (RuntimeException e) {
      return "failed: " + e.getMessage();
    }
  }

  private static DmnEngine engine(boolean memoizing, Recorder rows) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    if (memoizing) {
      configuration.feelEngineFactory(new MemoizingFeelEngineFactory(new ScalaFeelEngineFactory()));
    }
    configuration.customPostDecisionEvaluationListeners(List.of(rows));
    return configuration.buildEngine();
  }

  private static final class Recorder implements DmnDecisionEvaluationListener {
    List<String> last = List.of();

    @Override
    public void notify(DmnDecisionEvaluationEvent event) {
      List<String> ids = new ArrayList<>();
      for (DmnEvaluatedDecisionRule rule : ((DmnDecisionTableEvaluationEvent) event.getDecisionResult()).getMatchingRules()) {
        ids.add(rule.getId());
      }
      last = ids;
    }
  }
}
