package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.singleResult;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/mediation-deadline.dmn row by row: each level's name, limit, next level up and mediators. */
class MediationDeadlineTest {

  private final DmnDecision decision = DecisionTables.parse("mediation-deadline");

  @ParameterizedTest(name = "{0} -> {1} {2} then {3}, group {4}")
  @CsvSource({
    "VILLAGE,        人民调解,       P15D, TOWN,           mediators-JM-TS-TAICHENG",
    "TOWN,           镇街调委会调解, P30D, ADMINISTRATIVE, center-JM-TS-TAICHENG",
    "ADMINISTRATIVE, 行政调解,       P30D, COURT,          dept-JUSTICE",
    "COURT,          诉调对接,       P30D,               , dept-COURT",
    "CONFIRMATION,   司法确认,       P15D,               , dept-COURT",
  })
  void eachLevelHasItsLimitItsNextLevelAndItsMediators(
      String level, String name, String limit, String next, String group) {
    Map<String, Object> row =
        singleResult(evaluate(decision, vars("mediationLevel", level, "townCode", "JM-TS-TAICHENG",
            "mediationSpecialty", null, "expertsNeeded", false)));
    assertThat(row)
        .containsEntry("mediationLevelName", name)
        .containsEntry("mediationLimit", limit)
        .containsEntry("nextMediationLevel", next)
        .containsEntry("mediatorGroup", group);
    assertThat(Period.parse(limit).getDays()).as("a limit the timer can read").isPositive();
  }

  /** The specialty narrows the village's pool; the experts (专家库) join at the village and the town only (ADR 27). */
  @ParameterizedTest(name = "{0} {1} experts {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
    "VILLAGE        | NEIGHBOUR | false | mediators-JM-TS-TAICHENG-NEIGHBOUR",
    "VILLAGE        | LABOUR    | true  | mediators-JM-TS-TAICHENG-LABOUR,mediation-experts",
    "VILLAGE        |           | true  | mediators-JM-TS-TAICHENG,mediation-experts",
    "TOWN           | NEIGHBOUR | false | center-JM-TS-TAICHENG",
    "TOWN           | PROPERTY  | true  | center-JM-TS-TAICHENG,mediation-experts",
    "ADMINISTRATIVE | PROPERTY  | true  | dept-JUSTICE",
    "COURT          | LABOUR    | true  | dept-COURT",
  })
  void theVillageAsksForTheSpecialtyAndTheExpertsJoinLowDown(String level, String specialty, boolean experts, String groups) {
    Map<String, Object> row = singleResult(evaluate(decision, vars("mediationLevel", level, "townCode", "JM-TS-TAICHENG",
        "mediationSpecialty", specialty, "expertsNeeded", experts)));
    assertThat(row).containsEntry("mediatorGroup", groups);
  }

  @ParameterizedTest
  @CsvSource({"VILLAGE", "TOWN", "ADMINISTRATIVE"})
  void theFunnelLeadsUpToTheCourt(String level) {
    String current = level;
    for (int steps = 0; steps < 4 && current != null; steps++) {
      String next = (String) singleResult(evaluate(decision, vars("mediationLevel", current, "townCode", "T",
          "mediationSpecialty", null, "expertsNeeded", false))).get("nextMediationLevel");
      if (next == null) {
        break;
      }
      current = next;
    }
    assertThat(current).isEqualTo("COURT");
  }
}
