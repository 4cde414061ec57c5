package io.gridcase.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The plugin on a real process engine (H2 in memory, history full): the engine's DMN engine uses the
 * memoizing FEEL engine, gives through {@link DecisionService} the answers of a plain DMN engine on
 * every combination of the routing tables' cell values, and sees a redeployed table at once.
 */
class MemoizedDecisionsPluginTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void start() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName("memoized-" + UUID.randomUUID())
            .setJdbcUrl("jdbc:h2:mem:memoized-" + UUID.randomUUID())
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.getProcessEnginePlugins().add(new MemoizedDecisionsPlugin());
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void theEnginesDecisionsUseTheMemoizingFeelEngine() {
    var dmn = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine()).isInstanceOf(MemoizingFeelEngine.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"case-category", "case-triage", "lead-department", "co-handling-departments"})
  void routingTablesGiveThePlainAnswersThroughTheEngine(String key) {
    deploy(key, DecisionTableInputs.resource(key));
    DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision decision = plain.parseDecision(key, DecisionTableInputs.resource(key));
    List<VariableMap> inputs = DecisionTableInputs.combinations(key);
    // case-category has ~20,000 combinations; every 7th keeps the test short and still reaches every row kind
    int step = inputs.size() > 5_000 ? 7 : 1;
    for (int i = 0; i < inputs.size(); i += step) {
      VariableMap input = inputs.get(i);
      var expected = plain.evaluateDecisionTable(decision, input).getResultList();
      for (int time = 0; time < 2; time++) {
        assertThat(engine.getDecisionService().evaluateDecisionByKey(key).variables(input).evaluate().getResultList())
            .as("%s for %s", key, input).isEqualTo(expected);
      }
    }
  }

  @Test
  void aRedeployedTableIsSeenAtOnce() throws IOException {
    String table;
    try (InputStream in = DecisionTableInputs.resource("lead-department")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    deploy("lead-department", DecisionTableInputs.resource("lead-department"));
    VariableMap fishing = Variables.createVariables().putValue("category", "ILLEGAL_FISHING").putValue("channel", "HOTLINE_12345")
        .putValue("townCode", "JM-TS-CHUANDAO").putValue("overseasChinese", false);
    assertThat(lead(fishing)).isEqualTo("AGRICULTURE");
    assertThat(lead(fishing)).isEqualTo("AGRICULTURE");

    // a designer sends illegal fishing in 川岛 to another department: an output changed
    deploy("lead-department", stream(table.replaceFirst("<text>\"AGRICULTURE\"</text>", "<text>\"MARITIME\"</text>")));
    assertThat(lead(fishing)).isEqualTo("MARITIME");

    // and then takes illegal fishing out of the table: input entries changed, the category hits no row
    deploy("lead-department", stream(table.replace("<text>\"ILLEGAL_FISHING\"</text>", "<text>\"ILLEGAL_FISHING_OLD\"</text>")));
    assertThat(lead(fishing)).isNull();

    // the table as shipped again
    deploy("lead-department", DecisionTableInputs.resource("lead-department"));
    assertThat(lead(fishing)).isEqualTo("AGRICULTURE");
  }

  private static Object lead(VariableMap input) {
    var result = engine.getDecisionService().evaluateDecisionByKey("lead-department").variables(input).evaluate().getFirstResult();
    return result == null ? null : result.getSingleEntry();
  }

  private static void deploy(String key, InputStream table) {
    engine.getRepositoryService().createDeployment().addInputStream(key + ".dmn", table).deploy();
  }

  private static InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
