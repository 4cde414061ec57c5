package io.gridcase.metrics;

import io.gridcase.casefile.CaseChanged;
import io.gridcase.casefile.PerTransaction;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the figures current: every case journaled in a transaction is refreshed once, just before
 * that transaction commits (after the engine has flushed), so the figures commit or roll back with
 * the step that changed them. A case changed while the transaction already commits (by another
 * synchronization's {@code beforeCommit}, after this one's) is refreshed right after the commit, in a
 * transaction of its own.
 */
@Component
class KpiChangeTracker {

  private final KpiReadModel readModel;
  private final PerTransaction<Set<String>> changed;

  KpiChangeTracker(KpiReadModel readModel, PlatformTransactionManager transactions) {
    this.readModel = readModel;
    this.changed = PerTransaction.<Set<String>>of(LinkedHashSet::new).beforeCommit(this::refresh, transactions);
  }

  @EventListener
  void on(CaseChanged change) {
    Set<String> cases = changed.current();
    if (cases == null) {
      readModel.refresh(change.caseNumber());
    } else {
      cases.add(change.caseNumber());
    }
  }

  /** Each case once, also one changed while the others are refreshed. */
  private void refresh(Set<String> cases) {
    while (!cases.isEmpty()) {
      String caseNumber = cases.iterator().next();
      cases.remove(caseNumber);
      readModel.refresh(caseNumber);
    }
  }
}
