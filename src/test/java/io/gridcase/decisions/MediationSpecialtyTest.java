package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.singleResult;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.directory.MediationSpecialty;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/mediation-specialty.dmn row by row: the specialty a dispute needs and whether the experts join (ADR 27). */
class MediationSpecialtyTest {

  private final DmnDecision decision = DecisionTables.parse("mediation-specialty");

  @ParameterizedTest(name = "{0} complex {1} -> {2}, experts {3}")
  @CsvSource({
    "NEIGHBOUR_DISPUTE, true,  NEIGHBOUR, true",
    "NEIGHBOUR_DISPUTE, false, NEIGHBOUR, false",
    "NEIGHBOUR_DISPUTE,      , NEIGHBOUR, false",
    "WAGE_ARREARS,      true,  LABOUR,    true",
    "WAGE_ARREARS,      false, LABOUR,    false",
    "HOUSE_PROPERTY,    true,  PROPERTY,  true",
    "HOUSE_PROPERTY,    false, PROPERTY,  false",
    "ROAD_FLOODING,     true,           , true",
    "ROAD_FLOODING,     false,          , false",
    "                 ,      ,          , false",
  })
  void eachDisputeGetsItsSpecialtyAndComplexOnesTheExperts(String category, Boolean complex, String specialty, boolean experts) {
    Map<String, Object> row = singleResult(evaluate(decision, vars("category", category, "complex", complex)));
    assertThat(row).containsEntry("mediationSpecialty", specialty).containsEntry("expertsNeeded", experts);
    if (specialty != null) {
      assertThat(MediationSpecialty.of(specialty)).as("a specialty the directory knows").isPresent();
    }
  }
}
