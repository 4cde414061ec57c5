package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.gridcase.sla.ExtensionLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;

/** extension-limit: how much more time a stage may get, per deadline profile and stage. */
class ExtensionLimitTest {

  static final List<String> PROFILES = List.of("SME_117", "URGENT_SAFETY", "HOTLINE_ORDINARY", "PETITION");

  private final DmnDecision decision = DecisionTables.parse("extension-limit");
  private final DmnDecision deadlines = DecisionTables.parse("deadline-profile");

  private DmnDecisionResult limit(String slaProfile, String stage) {
    return evaluate(decision, vars("slaProfile", slaProfile, "stage", stage));
  }

  @Test
  void anSmeCaseMayPutOffItsPlanOnceByAtMostADay() {
    assertThat(limit("SME_117", "PLAN").getSingleResult().getEntryMap())
        .containsOnly(entry("maxExtendBy", "P1D"), entry("maxExtensions", 1));
  }

  @Test
  void anOrdinaryHotlineCaseMayPutOffItsResultTwiceByTenWorkingDaysEach() {
    assertThat(limit("HOTLINE_ORDINARY", "DONE").getSingleResult().getEntryMap())
        .containsOnly(entry("maxExtendBy", "P10D"), entry("maxExtensions", 2));
  }

  @Test
  void aPetitionGetsAtMostThirtyMoreDaysAndItsAcceptanceNone() {
    assertThat(limit("PETITION", "DONE").getSingleResult().getEntryMap())
        .containsOnly(entry("maxExtendBy", "P30D"), entry("maxExtensions", 1));
    assertThat(limit("PETITION", "ACCEPT")).as("《信访工作条例》: the 15 days to decide acceptance stay").isEmpty();
  }

  @Test
  void aProfileTheTableDoesNotKnowCannotBeExtended() {
    assertThat(limit("NEW_PROFILE", "DONE")).isEmpty();
    assertThat(limit(null, null)).isEmpty();
  }

  /**
   * Every stage deadline-profile.dmn gives a profile has one row here (UNIQUE would fail on two),
   * except the petition's acceptance, and no single extension is longer than the stage's own limit.
   */
  @Test
  void everyStageOfEveryProfileHasOneRowNoLongerThanItsOwnLimit() {
    List<String> withoutRow = new ArrayList<>();
    for (String profile : PROFILES) {
      List<Map<String, Object>> stages = evaluate(deadlines, vars("slaProfile", profile)).getResultList();
      assertThat(stages).as(profile).isNotEmpty();
      for (Map<String, Object> stage : stages) {
        DmnDecisionResult row = limit(profile, (String) stage.get("stage"));
        if (row.isEmpty()) {
          withoutRow.add(profile + " " + stage.get("stage"));
          continue;
        }
        Duration longest = ExtensionLimits.parse((String) row.getSingleResult().getEntry("maxExtendBy"));
        Duration own = ExtensionLimits.parse((String) stage.get("limit"));
        assertThat(longest).as("%s %s", profile, stage.get("stage")).isLessThanOrEqualTo(own);
        assertThat((Integer) row.getSingleResult().getEntry("maxExtensions")).as("%s %s", profile, stage.get("stage"))
            .isBetween(1, 3);
      }
    }
    assertThat(withoutRow).containsExactly("PETITION ACCEPT");
  }
}
