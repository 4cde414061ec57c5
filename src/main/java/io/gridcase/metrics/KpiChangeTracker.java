package io.gridcase.metrics;

import io.gridcase.casefile.CaseChanged;
import io.gridcase.casefile.PerTransaction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures current: every case journaled in a transaction is refreshed once, just before
 * that transaction commits (after the engine has flushed), so the figures commit or roll back with
 * the step that changed them.
 */
@Component
class KpiChangeTracker {

  private final KpiReadModel readModel;
  private final PerTransaction<Set<String>> changed =
      PerTransaction.<Set<String>>of(LinkedHashSet::new).beforeCommit(this::refresh);

  KpiChangeTracker(KpiReadModel readModel) {
    this.readModel = readModel;
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
    // a refresh may journal nothing, but be safe against cases added while refreshing
    for (String caseNumber : List.copyOf(cases)) {
      readModel.refresh(caseNumber);
    }
  }
}
