package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.singleResult;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Period;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Maoming's 四反馈: the reporter hears within 7 days, or within a month when the case is complex (ADR 31). */
class FeedbackDeadlineTest {

  private final DmnDecision decision = DecisionTables.parse("feedback-deadline");

  private Map<String, Object> row(String slaProfile, Boolean complex) {
    return singleResult(evaluate(decision, vars("slaProfile", slaProfile, "complex", complex)));
  }

  @Test
  void aSimpleCaseIsAnsweredWithinSevenCalendarDays() {
    assertThat(row("HOTLINE_ORDINARY", false)).containsOnly(
        entry("limit", "P7D"), entry("workingDays", false), entry("reminderShare", 0.8), entry("escalationFactor", 3),
        entry("interimFeedback", false));
  }

  @Test
  void aComplexCaseWithinAMonthRemindedHalfwayForAnInterimAnswer() {
    assertThat(row("HOTLINE_ORDINARY", true)).containsOnly(
        entry("limit", "P1M"), entry("workingDays", false), entry("reminderShare", 0.5), entry("escalationFactor", 3),
        entry("interimFeedback", true));
  }

  @Test
  void aPetitionKeepsItsSixtyDaysWhetherComplexOrNot() {
    assertThat(row("PETITION", true)).containsEntry("limit", "P60D");
    assertThat(row("PETITION", false)).containsEntry("limit", "P60D");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "HOTLINE_ORDINARY, true, true", "SME_117, true, true", "null, true, true",
      "HOTLINE_ORDINARY, false, false", "null, null, false", "PETITION, true, false"})
  void onlyAComplexCasesReporterGetsAnInterimAnswer(String slaProfile, Boolean complex, boolean interim) {
    assertThat(row(slaProfile, complex)).as("阶段性反馈").containsEntry("interimFeedback", interim);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "SME_117, false, P7D", "SME_117, true, P1M", "URGENT_SAFETY, false, P7D", "null, null, P7D", "null, true, P1M"})
  void everyCaseGetsALimitAsACalendarPeriod(String slaProfile, Boolean complex, String limit) {
    Map<String, Object> row = row(slaProfile, complex);
    assertThat(row).containsEntry("limit", limit);
    assertThat(Period.parse((String) row.get("limit"))).isPositive();
  }
}
