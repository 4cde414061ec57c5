package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** duplicate-window: how far and how far back intake looks for open cases of the same category (ADR 19). */
class DuplicateWindowTest {

  private final DmnDecision decision = DecisionTables.parse("duplicate-window");

  private DmnDecisionResult window(String category) {
    return evaluate(decision, vars("category", category));
  }

  @ParameterizedTest(name = "{0}: {1} m, {2}")
  @CsvSource({
    "ILLEGAL_CONSTRUCTION, 100, P30D",
    "STREET_VENDING, 100, P1D",
    "ILLEGAL_PARKING, 50, PT6H",
    "FIRE_HAZARD, 100, P7D",
    "ROAD_FLOODING, 300, P1D",
    "HIGH_ALTITUDE_THROWING, 50, P7D",
    "STRAW_BURNING, 1000, P1D",
    "ILLEGAL_FISHING, 1000, P3D",
    "SELF_BUILT_HOUSE, 50, P30D",
    "WAGE_ARREARS, 200, P30D",
    "NEIGHBOUR_DISPUTE, 50, P14D",
    "HOUSE_PROPERTY, 50, P30D"
  })
  void everyPlaceBoundCategoryHasOneRow(String category, int radiusMetres, String window) {
    assertThat(window(category).getSingleResult().getEntryMap())
        .containsOnly(entry("radiusMetres", radiusMetres), entry("window", window));
    assertThat(Duration.parse(window)).as("readable by DuplicateFinder").isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SME_COMPLAINT", "VULNERABLE_ASSISTANCE", "COMMUNITY_CORRECTION", "PSYCHOLOGICAL_SUPPORT",
      "PETITION_GENERAL", "OTHER", "NEW_CATEGORY"})
  void personalMattersAndUnknownCategoriesAreNeverLookedFor(String category) {
    assertThat(window(category)).isEmpty();
  }

  @Test
  void aReportWithoutCategoryIsNotLookedFor() {
    assertThat(window(null)).isEmpty();
  }
}
