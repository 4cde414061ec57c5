package io.gridcase.security;

import io.gridcase.intake.StartFormReport;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter's contact details out of Camunda's history. A case started from the Tasklist
 * form carries them as variables for one step ({@code Task_RegisterCase} moves them into the case
 * record and removes them); with history level FULL their creation, update and removal would
 * otherwise stay in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}, readable in Cockpit.
 * Everything else goes to history as before. Uses the engine's history-event SPI (engine.impl):
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

  /** The database handler, minus the variable events of the reporter's contact details. */
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
      return event instanceof HistoricVariableUpdateEventEntity variable && CONTACT.contains(variable.getVariableName());
    }
  }
}
