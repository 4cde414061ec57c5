package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/dispute-route.dmn row by row: which disputes go to mediation, and at which level they start. */
class DisputeRouteTest {

  private final DmnDecision decision = DecisionTables.parse("dispute-route");

  private String level(String category, String channel) {
    return evaluate(decision, vars("category", category, "channel", channel)).<String>getSingleEntry();
  }

  @ParameterizedTest(name = "{0} by {1} -> {2}")
  @CsvSource({
    // Rule_OnlineDispute: 码上解纷 goes to the town committee
    "NEIGHBOUR_DISPUTE, ONLINE_DISPUTE, TOWN",
    "HOUSE_PROPERTY,    ONLINE_DISPUTE, TOWN",
    "WAGE_ARREARS,      ONLINE_DISPUTE, TOWN",
    // Rule_Neighbour: where it arose
    "NEIGHBOUR_DISPUTE, GRID_REPORT,    VILLAGE",
    "NEIGHBOUR_DISPUTE, HOTLINE_12345,  VILLAGE",
    // Rule_NoMediation
    "WAGE_ARREARS,      HOTLINE_12345,  ",
    "HOUSE_PROPERTY,    HOTLINE_12345,  ",
    "HOUSE_PROPERTY,    GRID_REPORT,    ",
    "ROAD_FLOODING,     ONLINE_DISPUTE, ",
    "ROAD_FLOODING,     GRID_REPORT,    ",
  })
  void aDisputeStartsAtItsLevelAndOtherCasesAreNotMediated(String category, String channel, String level) {
    assertThat(level(category, channel)).isEqualTo(level);
  }
}
