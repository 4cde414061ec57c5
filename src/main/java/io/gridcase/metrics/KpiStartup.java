package io.gridcase.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases reported before the figures existed (the V5 migration) get theirs at start-up. */
@Component
class KpiStartup {

  private static final Logger log = LoggerFactory.getLogger(KpiStartup.class);

  private final KpiReadModel readModel;
  private final TransactionTemplate transactions;

  KpiStartup(KpiReadModel readModel, TransactionTemplate transactions) {
    this.readModel = readModel;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    long missing = readModel.missing();
    if (missing > 0) {
      log.info("Computing the figures of {} cases reported before they existed", missing);
      transactions.executeWithoutResult(status -> readModel.rebuild());
    }
  }
}
