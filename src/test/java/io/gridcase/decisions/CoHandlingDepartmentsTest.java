package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.collectEntries;
import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;

class CoHandlingDepartmentsTest {

  private final DmnDecision decision = DecisionTables.parse("co-handling-departments");

  private List<Object> coDepartments(String category, Boolean overseasChinese, String caseText) {
    return collectEntries(
        evaluate(
            decision,
            vars(
                "category", category,
                "channel", "HOTLINE_12345",
                "overseasChinese", overseasChinese,
                "title", null,
                "description", caseText)),
        "department");
  }

  @Test
  void wageArrearsBringInJustice() {
    assertThat(coDepartments("WAGE_ARREARS", false, "老板拖欠我两个月工资")).containsExactly("JUSTICE");
  }

  @Test
  void manyWorkersAlsoBringInThePolice() {
    assertThat(coDepartments("WAGE_ARREARS", false, "工地多名工人被拖欠工资，准备集体讨薪"))
        .containsExactlyInAnyOrder("JUSTICE", "POLICE");
    assertThat(coDepartments("WAGE_ARREARS", false, "群体讨薪")).contains("POLICE");
  }

  @Test
  void aHouseDisputeGoesToCourtAndJustice() {
    assertThat(coDepartments("HOUSE_PROPERTY", false, "祖屋产权不清"))
        .containsExactlyInAnyOrder("COURT", "JUSTICE");
  }

  @Test
  void anOverseasChineseHouseDisputeAlsoGetsOverseasAffairs() {
    assertThat(coDepartments("HOUSE_PROPERTY", true, "旅美华侨祖屋被亲戚占用"))
        .containsExactlyInAnyOrder("COURT", "JUSTICE", "OVERSEAS");
  }

  @Test
  void aHouseDisputeWithThreatsAlsoGetsThePolice() {
    assertThat(coDepartments("HOUSE_PROPERTY", null, "为宅基地双方发生冲突")).contains("POLICE");
  }

  @Test
  void eachCategoryGetsItsUsualCoHandler() {
    assertThat(coDepartments("ILLEGAL_CONSTRUCTION", false, "")).containsExactly("NATURAL_RES");
    assertThat(coDepartments("STREET_VENDING", false, "")).containsExactly("MARKET");
    assertThat(coDepartments("FIRE_HAZARD", false, "")).containsExactly("EMERGENCY");
    assertThat(coDepartments("ROAD_FLOODING", false, "")).containsExactly("HOUSING");
    assertThat(coDepartments("STRAW_BURNING", false, "")).containsExactly("AGRICULTURE");
    assertThat(coDepartments("SELF_BUILT_HOUSE", false, "")).containsExactly("EMERGENCY");
    assertThat(coDepartments("SME_COMPLAINT", false, "")).containsExactly("MARKET");
    assertThat(coDepartments("VULNERABLE_ASSISTANCE", false, "")).containsExactly("HEALTH");
    assertThat(coDepartments("COMMUNITY_CORRECTION", false, "")).containsExactly("POLICE");
  }

  @Test
  void aLeadWithoutCoHandlersGetsAnEmptyList() {
    assertThat(coDepartments("ILLEGAL_PARKING", false, "违停")).isEmpty();
    assertThat(coDepartments("OTHER", null, null)).isEmpty();
  }

  @Test
  void aNullCaseTextDoesNotRaise() {
    assertThat(coDepartments("WAGE_ARREARS", null, null)).containsExactly("JUSTICE");
  }
}
