package io.gridcase.dispatch;

import static io.gridcase.process.ProcessVariables.DEPARTMENT;
import static io.gridcase.process.ProcessVariables.DEPARTMENT_ORDER;
import static io.gridcase.process.ProcessVariables.ROLE;

import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrders;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private final RuntimeService runtime;
  private final TransactionTemplate transactions;

  OrderRowsStartup(DepartmentOrders orders, RuntimeService runtime, TransactionTemplate transactions) {
    this.orders = orders;
    this.runtime = runtime;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void attachRunningOrders() {
    if (orders.unattached() == 0) {
      return;
    }
    log.info("Linking running department orders to their order rows (V6)");
    transactions.executeWithoutResult(status -> {
      for (ProcessInstance order : runtime.createProcessInstanceQuery().processDefinitionKey(DEPARTMENT_ORDER).list()) {
        if (order.getBusinessKey() == null || orders.ofInstance(order.getBusinessKey(), order.getId()).isPresent()) {
          continue;
        }
        Map<String, Object> variables = runtime.getVariables(order.getId(), List.of(DEPARTMENT, ROLE));
        if (variables.get(DEPARTMENT) != null && variables.get(ROLE) != null) {
          orders.attachRunning(order.getBusinessKey(), variables.get(DEPARTMENT).toString(),
              Role.valueOf(variables.get(ROLE).toString()), order.getId());
        }
      }
    });
  }
}
