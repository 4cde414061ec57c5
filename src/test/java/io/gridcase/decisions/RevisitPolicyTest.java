package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.singleResult;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RevisitPolicyTest {

  private final DmnDecision decision = DecisionTables.parse("revisit-policy");

  private Map<String, Object> policy(
      String priority, Boolean complex, String category, String slaProfile) {
    return singleResult(
        evaluate(
            decision,
            vars(
                "priority", priority,
                "complex", complex,
                "category", category,
                "slaProfile", slaProfile)));
  }

  @Test
  void smeCasesAreRevisitedWithinADayAndOnlyOnce() {
    assertThat(policy("HIGH", false, "SME_COMPLAINT", "SME_117"))
        .containsOnly(
            entry("revisitDelay", "PT24H"),
            entry("secondRevisit", false),
            entry("secondRevisitDelay", "P30D"));
  }

  @Test
  void complexCasesGetASecondRevisitAMonthLater() {
    assertThat(policy("HIGH", true, "WAGE_ARREARS", "HOTLINE_ORDINARY"))
        .containsOnly(
            entry("revisitDelay", "P3D"),
            entry("secondRevisit", true),
            entry("secondRevisitDelay", "P30D"));
  }

  @Test
  void petitionsGetASecondRevisit() {
    assertThat(policy("NORMAL", false, "PETITION_GENERAL", "PETITION"))
        .containsEntry("secondRevisit", true);
  }

  @Test
  void hazardsAreCheckedWithinHalfADay() {
    assertThat(policy("URGENT", false, "FIRE_HAZARD", "URGENT_SAFETY"))
        .containsEntry("revisitDelay", "PT12H")
        .containsEntry("secondRevisit", false);
  }

  @Test
  void ordinaryCasesAreRevisitedTheNextDayOnce() {
    assertThat(policy("NORMAL", false, "NEIGHBOUR_DISPUTE", "HOTLINE_ORDINARY"))
        .containsOnly(
            entry("revisitDelay", "P1D"),
            entry("secondRevisit", false),
            entry("secondRevisitDelay", "P30D"));
  }

  @Test
  void everyCaseIsRevisitedEvenWithoutTriageOutputs() {
    assertThat(policy(null, null, null, null)).containsEntry("revisitDelay", "P1D");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("HIGH", false, "SME_COMPLAINT", "SME_117"),
        Arguments.of("NORMAL", true, "PETITION_GENERAL", "PETITION"),
        Arguments.of("HIGH", true, "WAGE_ARREARS", "HOTLINE_ORDINARY"),
        Arguments.of("URGENT", false, "ROAD_FLOODING", "URGENT_SAFETY"),
        Arguments.of("HIGH", false, "VULNERABLE_ASSISTANCE", "HOTLINE_ORDINARY"),
        Arguments.of("NORMAL", false, "ILLEGAL_PARKING", "HOTLINE_ORDINARY"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void bothDelaysAreIsoDurationsATimerAccepts(
      String priority, boolean complex, String category, String slaProfile) {
    Map<String, Object> result = policy(priority, complex, category, slaProfile);
    for (String delay : new String[] {"revisitDelay", "secondRevisitDelay"}) {
      Duration duration = Duration.parse((String) result.get(delay));
      assertThat(duration).as(delay).isPositive().isLessThanOrEqualTo(Duration.ofDays(60));
    }
  }
}
