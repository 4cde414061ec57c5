package io.gridcase.metrics;

import io.gridcase.casefile.CaseChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the figures current: every case journaled in a transaction is refreshed once, just before
 * that transaction commits (after the engine has flushed), so the figures commit or roll back with
 * the step that changed them.
 */
@Component
class KpiChangeTracker {

  private final KpiReadModel readModel;

  KpiChangeTracker(KpiReadModel readModel) {
    this.readModel = readModel;
  }

  @EventListener
  void on(CaseChanged changed) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      readModel.refresh(changed.caseNumber());
      return;
    }
    @SuppressWarnings("unchecked")
    Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<String> cases = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, cases);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          // a refresh may journal nothing, but be safe against cases added while refreshing
          for (String caseNumber : Set.copyOf(cases)) {
            readModel.refresh(caseNumber);
          }
        }

        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(KpiChangeTracker.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(KpiChangeTracker.this, cases);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KpiChangeTracker.this);
        }
      });
      pending = cases;
    }
    pending.add(changed.caseNumber());
  }
}
