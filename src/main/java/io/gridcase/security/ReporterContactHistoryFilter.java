package io.gridcase.security;

import io.gridcase.intake.StartFormReport;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter's contact details out of Camunda's history. A case started from the Tasklist
 * form carries them as variables for one step: {@code Task_RegisterCase} runs in the submitting
 * transaction (no wait state before it), moves them into the case record and removes them, so
 * they never reach {@code ACT_RU_VARIABLE}. With history level FULL the engine would still write
 * the submitted form fields ({@code FormProperty} rows of {@code ACT_HI_DETAIL}) and the
 * variables' creation and removal ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}), readable in
 * Cockpit and {@code /engine-rest/history/detail}. This handler drops exactly those events;
 * everything else goes to history as before. Uses the engine's history-event SPI (engine.impl):
 * there is no public API for it.
 */
@Component
public class ReporterContactHistoryFilter extends AbstractProcessEnginePlugin {

  private static final Set<String> CONTACT = Set.copyOf(StartFormReport.CONTACT_FIELDS);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(List.of(new WithoutContact(new DbHistoryEventHandler())));
  }

  /** The database handler, minus the form-field and variable events of the reporter's contact details. */
  static final class WithoutContact implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutContact(HistoryEventHandler database) {
      this.database = database;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isContact(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static boolean isContact(HistoryEvent event) {
      return (event instanceof HistoricVariableUpdateEventEntity variable && CONTACT.contains(variable.getVariableName()))
          || (event instanceof HistoricFormPropertyEventEntity field && CONTACT.contains(field.getPropertyId()));
    }
  }
}
