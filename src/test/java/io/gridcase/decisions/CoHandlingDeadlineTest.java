package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** co-handling-deadline: a co-handling department's own sign-for and contribution limits, row by row. */
class CoHandlingDeadlineTest {

  private final DmnDecision decision = DecisionTables.parse("co-handling-deadline");
  private final DmnDecision profile = DecisionTables.parse("deadline-profile");

  private Map<String, Object> row(String slaProfile) {
    return evaluate(decision, vars("slaProfile", slaProfile)).getSingleResult().getEntryMap();
  }

  @ParameterizedTest
  @CsvSource({
      "SME_117,          PT1H,  P5D,   false",
      "URGENT_SAFETY,    PT30M, PT12H, false",
      "HOTLINE_ORDINARY, P1D,   P7D,   true",
      "PETITION,         P3D,   P30D,  false"})
  void eachProfileGivesTheCoHandlerItsOwnLimits(String slaProfile, String signFor, String contribution, boolean workingDays) {
    assertThat(row(slaProfile)).containsOnly(
        entry("signForLimit", signFor), entry("contributionLimit", contribution), entry("workingDays", workingDays),
        entry("reminderShare", 0.8), entry("escalateToLead", true));
  }

  @ParameterizedTest
  @CsvSource({"SME_117", "URGENT_SAFETY", "HOTLINE_ORDINARY", "PETITION"})
  void theCoHandlerContributesBeforeTheLeadMustBeDoneAndSignsForNoLaterThanTheLeadMay(String slaProfile) {
    Map<String, Object> co = row(slaProfile);
    Map<String, Duration> lead = new java.util.HashMap<>();
    evaluate(profile, vars("slaProfile", slaProfile)).getResultList()
        .forEach(stage -> lead.put((String) stage.get("stage"), Duration.parse((String) stage.get("limit"))));
    assertThat(Duration.parse((String) co.get("contributionLimit"))).isLessThan(lead.get("DONE"));
    assertThat(Duration.parse((String) co.get("signForLimit"))).isLessThan(lead.get("DONE"));
  }

  @Test
  void aProfileWithoutARowGivesNoCoHandlerLimits() {
    assertThat(evaluate(decision, vars("slaProfile", "UNKNOWN")).isEmpty()).isTrue();
  }
}
