package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadDepartmentTest {

  private final DmnDecision decision = DecisionTables.parse("lead-department");

  private String lead(String category, String channel, String townCode, Boolean overseasChinese) {
    DmnDecisionResult result =
        evaluate(
            decision,
            vars(
                "category", category,
                "channel", channel,
                "townCode", townCode,
                "overseasChinese", overseasChinese));
    return result.isEmpty() ? null : result.getSingleEntry();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "WAGE_ARREARS, HRSS",
    "HOUSE_PROPERTY, HOUSING",
    "NEIGHBOUR_DISPUTE, JUSTICE",
    "ILLEGAL_CONSTRUCTION, URBAN_MGMT",
    "STREET_VENDING, URBAN_MGMT",
    "ILLEGAL_PARKING, TRAFFIC_POLICE",
    "FIRE_HAZARD, FIRE",
    "ROAD_FLOODING, WATER",
    "HIGH_ALTITUDE_THROWING, POLICE",
    "STRAW_BURNING, ECOLOGY",
    "ILLEGAL_FISHING, AGRICULTURE",
    "SELF_BUILT_HOUSE, HOUSING",
    "SME_COMPLAINT, INDUSTRY",
    "VULNERABLE_ASSISTANCE, CIVIL_AFFAIRS",
    "COMMUNITY_CORRECTION, JUSTICE",
    "PSYCHOLOGICAL_SUPPORT, HEALTH",
    "PETITION_GENERAL, PETITION",
  })
  void routesEachCategoryToItsLeadDepartment(String category, String department) {
    assertThat(lead(category, "HOTLINE_12345", "JM-PJ-CHAOLIAN", false)).isEqualTo(department);
  }

  @Test
  void illegalFishingInTheMaritimeTownGoesToItsFisheriesOffice() {
    assertThat(lead("ILLEGAL_FISHING", "GRID_REPORT", "JM-TS-CHUANDAO", null))
        .isEqualTo("AGRICULTURE");
  }

  @Test
  void aPetitionWithATopicGoesToTheDepartmentThatCanAct() {
    assertThat(lead("WAGE_ARREARS", "PETITION", "JM-PJ-CHAOLIAN", false)).isEqualTo("HRSS");
  }

  @Test
  void anOverseasChineseHouseDisputeKeepsHousingAsLead() {
    assertThat(lead("HOUSE_PROPERTY", "HOTLINE_12345", "JM-TS-DUANFEN", true)).isEqualTo("HOUSING");
  }

  @Test
  void otherAndUnknownCategoriesAreDispatchedByHand() {
    assertThat(lead("OTHER", "HOTLINE_12345", "JM-PJ-CHAOLIAN", false)).isNull();
    assertThat(lead("SOMETHING_NEW", "HOTLINE_12345", null, null)).isNull();
    assertThat(lead(null, null, null, null)).isNull();
  }
}
