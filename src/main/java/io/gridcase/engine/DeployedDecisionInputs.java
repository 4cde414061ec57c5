package io.gridcase.engine;

import io.gridcase.open311.RoutingInputs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.springframework.stereotype.Component;

/** {@link RoutingInputs} (the port of {@code open311}): the input columns of the latest deployed routing decisions. */
@Component
public class DeployedDecisionInputs implements RoutingInputs {

  private final RepositoryService repository;

  public DeployedDecisionInputs(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public List<RoutingInputs.Input> inputs() {
    List<RoutingInputs.Input> inputs = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String key : DECISIONS) {
      DecisionDefinition definition =
          repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
      if (definition == null) {
        continue;
      }
      DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
      Decision decision = model.getModelElementById(key);
      if (!(decision.getExpression() instanceof DecisionTable table)) {
        continue;
      }
      for (org.camunda.bpm.model.dmn.instance.Input input : table.getInputs()) {
        String expression = input.getInputExpression().getText().getTextContent().strip();
        if (seen.add(expression)) {
          inputs.add(new RoutingInputs.Input(key, expression, input.getLabel()));
        }
      }
    }
    return inputs;
  }
}
