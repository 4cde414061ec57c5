package io.gridcase.metrics;

import io.gridcase.casefile.CaseChanged;
import io.gridcase.casefile.PerTransaction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate ownTransaction;
  private final PerTransaction<Set<String>> changed =
      PerTransaction.<Set<String>>of(LinkedHashSet::new).beforeCommit(this::refresh).afterCommit(this::late);

  KpiChangeTracker(KpiReadModel readModel, PlatformTransactionManager transactions) {
    this.readModel = readModel;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

  private void refresh(Set<String> cases) {
    for (String caseNumber : List.copyOf(cases)) {
      readModel.refresh(caseNumber);
      cases.remove(caseNumber);
    }
  }

  /** The cases changed too late for {@link #refresh} (see the class). */
  private void late(Set<String> cases) {
    if (!cases.isEmpty()) {
      ownTransaction.executeWithoutResult(status -> refresh(cases));
    }
  }
}
