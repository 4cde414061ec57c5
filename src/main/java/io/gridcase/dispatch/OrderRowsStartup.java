package io.gridcase.dispatch;


import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders dispatched before the V6 migration have rows no instance holds; their running
 * department-order instances take them at start-up, by the variables they were started with
 * (the only source there was). Orders started since attach themselves ({@link ReceiveOrderDelegate}).
 */
@Component
class OrderRowsStartup {

  private static final Logger log = LoggerFactory.getLogger(OrderRowsStartup.class);

  private final DepartmentOrders orders;
  private final RunningOrders running;
  private final TransactionTemplate transactions;

  OrderRowsStartup(DepartmentOrders orders, RunningOrders running, TransactionTemplate transactions) {
    this.orders = orders;
    this.running = running;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void attachRunningOrders() {
    if (orders.unattached() == 0) {
      return;
    }
    log.info("Linking running department orders to their order rows (V6)");
    transactions.executeWithoutResult(status -> {
      for (RunningOrders.RunningOrder order : running.running()) {
        if (orders.ofInstance(order.caseNumber(), order.instanceId()).isPresent()) {
          continue;
        }
        if (order.department() != null && order.role() != null) {
          orders.attachRunning(order.caseNumber(), order.department(), Role.valueOf(order.role()), order.instanceId());
        }
      }
    });
  }
}
