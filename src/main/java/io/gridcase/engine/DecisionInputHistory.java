package io.gridcase.engine;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.producer.DefaultDmnHistoryEventProducer;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Records a decision's text inputs in history cut to the 4,000 characters its column holds
 * ({@code ACT_HI_DEC_IN.TEXT_}). The classification rules read the whole case text (title and
 * description, up to 4,201 characters); the rules see all of it, history keeps the first 3,999
 * and an ellipsis, and the case record keeps the whole text. Without this a long report could
 * not be classified at all: writing the history would fail the transaction. Uses the engine's
 * DMN history producer (engine.impl): there is no public API for what history records.
 */
@Component
public class DecisionInputHistory extends AbstractProcessEnginePlugin {

  /** The size of the engine's text columns, in characters on H2 and PostgreSQL. */
  static final int TEXT_COLUMN = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDmnHistoryEventProducer(new CutLongInputs());
  }

  /** A text that fits the column: as it is, or its start and an ellipsis. */
  static String fitted(String text) {
    return text.length() <= TEXT_COLUMN ? text : text.substring(0, TEXT_COLUMN - 1) + "…";
  }

  static final class CutLongInputs extends DefaultDmnHistoryEventProducer {

    @Override
    protected List<HistoricDecisionInputInstance> createHistoricDecisionInputInstances(
        DmnDecisionTableEvaluationEvent evaluation, String rootProcessInstanceId, Date removalTime) {
      List<HistoricDecisionInputInstance> inputs =
          super.createHistoricDecisionInputInstances(evaluation, rootProcessInstanceId, removalTime);
      for (HistoricDecisionInputInstance input : inputs) {
        if (input.getValue() instanceof String text && text.length() > TEXT_COLUMN
            && input instanceof HistoricDecisionInputInstanceEntity entity) {
          entity.setValue(Variables.stringValue(fitted(text)));
        }
      }
      return inputs;
    }
  }
}
