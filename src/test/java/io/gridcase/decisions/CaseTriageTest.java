package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.singleResult;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTriageTest {

  private final DmnDecision decision = DecisionTables.parse("case-triage");

  private Map<String, Object> triage(String category, String channel, Boolean sme) {
    return singleResult(
        evaluate(decision, vars("category", category, "channel", channel, "sme", sme)));
  }

  @Test
  void smeCasesGetThe117ProfileWhateverTheTopic() {
    assertThat(triage("WAGE_ARREARS", "HOTLINE_12345", true))
        .containsOnly(
            entry("priority", "HIGH"),
            entry("slaProfile", "SME_117"),
            entry("onTheSpot", false),
            entry("complex", false));
    assertThat(triage("SME_COMPLAINT", "SME_PLATFORM", false))
        .containsEntry("slaProfile", "SME_117");
    assertThat(triage("SME_COMPLAINT", "WALK_IN", null)).containsEntry("slaProfile", "SME_117");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FIRE_HAZARD", "ROAD_FLOODING", "HIGH_ALTITUDE_THROWING", "SELF_BUILT_HOUSE"})
  void safetyHazardsAreUrgent(String category) {
    assertThat(triage(category, "IOT_ALERT", false))
        .containsEntry("priority", "URGENT")
        .containsEntry("slaProfile", "URGENT_SAFETY")
        .containsEntry("onTheSpot", false);
  }

  @Test
  void aPetitionAboutAHazardGetsTheSafetyDeadlines() {
    assertThat(triage("FIRE_HAZARD", "PETITION", false)).containsEntry("slaProfile", "URGENT_SAFETY");
  }

  @Test
  void petitionsKeepTheStatutoryProfileAndAreComplex() {
    assertThat(triage("PETITION_GENERAL", "PETITION", false))
        .containsEntry("slaProfile", "PETITION")
        .containsEntry("complex", true);
    assertThat(triage("WAGE_ARREARS", "PETITION", false)).containsEntry("slaProfile", "PETITION");
    assertThat(triage("PETITION_GENERAL", "WALK_IN", false)).containsEntry("slaProfile", "PETITION");
  }

  @Test
  void wageArrearsAndHousePropertyAreComplex() {
    assertThat(triage("WAGE_ARREARS", "HOTLINE_12345", false))
        .containsEntry("priority", "HIGH")
        .containsEntry("slaProfile", "HOTLINE_ORDINARY")
        .containsEntry("complex", true);
    assertThat(triage("HOUSE_PROPERTY", "HOTLINE_12345", false)).containsEntry("complex", true);
  }

  @Test
  void smallMattersReportedInTheGridAreSettledOnTheSpot() {
    assertThat(triage("NEIGHBOUR_DISPUTE", "GRID_REPORT", false)).containsEntry("onTheSpot", true);
    assertThat(triage("NEIGHBOUR_DISPUTE", "ONLINE_DISPUTE", false)).containsEntry("onTheSpot", true);
    assertThat(triage("STREET_VENDING", "GRID_REPORT", false)).containsEntry("onTheSpot", true);
    assertThat(triage("ILLEGAL_PARKING", "GRID_REPORT", false)).containsEntry("onTheSpot", true);
  }

  @Test
  void theSameMattersFromTheHotlineAreDispatched() {
    assertThat(triage("NEIGHBOUR_DISPUTE", "HOTLINE_12345", false)).containsEntry("onTheSpot", false);
    assertThat(triage("ILLEGAL_PARKING", "IOT_ALERT", false)).containsEntry("onTheSpot", false);
  }

  @Test
  void everyOtherCaseGetsTheOrdinaryProfile() {
    assertThat(triage("PSYCHOLOGICAL_SUPPORT", "HOTLINE_12345", false))
        .containsOnly(
            entry("priority", "NORMAL"),
            entry("slaProfile", "HOTLINE_ORDINARY"),
            entry("onTheSpot", false),
            entry("complex", false));
    assertThat(triage("SOMETHING_NEW", null, null)).containsEntry("slaProfile", "HOTLINE_ORDINARY");
  }
}
