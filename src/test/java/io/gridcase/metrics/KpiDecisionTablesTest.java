package io.gridcase.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The figures' two tables, read from decisions/ with the plain DMN engine. */
class KpiDecisionTablesTest {

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @Test
  void theSmePlatformsSatisfactionTargetWinsOverTheGeneralOne() throws Exception {
    DmnDecision targets = parse("kpi-targets");
    assertThat(target(targets, "satisfactionRate", "SME_PLATFORM")).containsEntry("target", 0.99);
    assertThat(target(targets, "satisfactionRate", "HOTLINE_12345")).containsEntry("target", 0.95);
    assertThat(target(targets, "closureRate", null)).containsEntry("target", 0.97).containsEntry("direction", "AT_LEAST");
    assertThat(target(targets, "responseRate", null)).containsEntry("target", 1.0);
    assertThat(target(targets, "reopenRate", null)).containsEntry("direction", "AT_MOST");
    for (Kpi kpi : Kpi.values()) {
      assertThat(target(targets, kpi.key(), null)).as("a target for %s", kpi.key()).isNotEmpty();
    }
    assertThat(target(targets, TimelyAcceptance.KEY, "SME_PLATFORM"))
        .containsEntry("target", 0.95).containsEntry("direction", "AT_LEAST");
  }

  @Test
  void roadFloodingIsWatchedPerGridAndPerTownAndAnUnlistedCategoryNotAtAll() throws Exception {
    DmnDecision rules = parse("weak-signal-rules");
    List<Map<String, Object>> flooding = evaluate(rules, Map.of("category", "ROAD_FLOODING")).getResultList();
    assertThat(flooding).extracting(r -> r.get("scope"), r -> r.get("window"), r -> r.get("threshold"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GRID", "PT6H", 3),
            org.assertj.core.groups.Tuple.tuple("TOWN", "PT6H", 8));
    assertThat(evaluate(rules, Map.of("category", "SME_COMPLAINT")).getResultList()).isEmpty();
    for (Map<String, Object> row : evaluate(rules, Map.of("category", "WAGE_ARREARS")).getResultList()) {
      assertThat(java.time.Duration.parse((String) row.get("window"))).isPositive();
    }
  }

  private static Map<String, Object> target(DmnDecision decision, String kpi, String channel) {
    var variables = Variables.createVariables().putValue("kpi", kpi).putValue("channel", channel);
    var first = ENGINE.evaluateDecision(decision, variables).getFirstResult();
    return first == null ? Map.of() : first.getEntryMap();
  }

  private static DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision, Variables.fromMap(variables));
  }

  private static DmnDecision parse(String id) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("decisions", id + ".dmn"))) {
      return ENGINE.parseDecision(id, in);
    }
  }
}
