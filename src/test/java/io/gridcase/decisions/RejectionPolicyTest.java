package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectionPolicyTest {

  private final DmnDecision decision = DecisionTables.parse("rejection-policy");

  private boolean arbitrate(int rejectionCount, String role, String priority) {
    return evaluate(
            decision, vars("rejectionCount", rejectionCount, "role", role, "priority", priority))
        .<Boolean>getSingleEntry();
  }

  @ParameterizedTest(name = "{2} {1} after {0} rejection(s) -> arbitrate {3}")
  @CsvSource({
    // urgent: N = 1
    "1, LEAD, URGENT, true",
    "1, CO,   URGENT, true",
    "0, LEAD, URGENT, false",
    // everything else: N = 2
    "1, LEAD, HIGH,   false",
    "1, CO,   NORMAL, false",
    "2, LEAD, NORMAL, true",
    "2, CO,   LOW,    true",
    "3, LEAD, HIGH,   true",
  })
  void aSupervisorArbitratesFromTheNthRejection(
      int rejectionCount, String role, String priority, boolean arbitrate) {
    assertThat(arbitrate(rejectionCount, role, priority)).isEqualTo(arbitrate);
  }
}
