package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;

/** {@code sms-notices}: which event texts whom, with which template (ADR 17). */
class SmsNoticesTest {

  private final DmnDecision decision = DecisionTables.parse("sms-notices");

  private List<Map<String, Object>> notices(String event, String channel, String priority, boolean sme) {
    return evaluate(decision, vars("event", event, "channel", channel, "priority", priority, "sme", sme)).getResultList();
  }

  @Test
  void anSmeHearsOfTheSigningAndThePlan() {
    assertThat(notices("LEAD_SIGNED", "SME_PLATFORM", "HIGH", true))
        .containsExactly(Map.of("recipient", "REPORTER", "template", "sme-signed"));
    assertThat(notices("PLAN_PROPOSED", "WALK_IN", "NORMAL", true))
        .containsExactly(Map.of("recipient", "REPORTER", "template", "sme-plan"));
  }

  @Test
  void otherReportersHearNothingOfTheSigningOrThePlan() {
    assertThat(notices("LEAD_SIGNED", "HOTLINE_12345", "HIGH", false)).isEmpty();
    assertThat(notices("PLAN_PROPOSED", "HOTLINE_12345", "HIGH", false)).isEmpty();
  }

  @Test
  void anUrgentSensorAlertReachesTheLeadOnDutyAndTheGridWorker() {
    assertThat(notices("DISPATCHED", "IOT_ALERT", "URGENT", false)).containsExactly(
        Map.of("recipient", "LEAD_ON_DUTY", "template", "urgent-alert"),
        Map.of("recipient", "GRID_WORKER", "template", "urgent-alert"));
  }

  @Test
  void aSensorAlertThatIsNotUrgentAndAnUrgentCallTextNobody() {
    assertThat(notices("DISPATCHED", "IOT_ALERT", "HIGH", false)).isEmpty();
    assertThat(notices("DISPATCHED", "HOTLINE_12345", "URGENT", false)).isEmpty();
  }
}
