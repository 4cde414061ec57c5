package io.gridcase.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How many rows Gridcase's tables and Camunda's instances hold: compared before and after, to see nothing was half-written. */
public final class RowCounts {

  private static final List<String> TABLES = List.of(
      "case_record", "case_department", "case_event", "case_deadline", "mail_outbox", "kpi_case", "kpi_case_department", "kpi_rollup",
      "weak_signal_alert");

  private RowCounts() {}

  public static Map<String, Long> of(JdbcClient jdbc, RuntimeService runtime, HistoryService history) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    counts.put("process instances", runtime.createProcessInstanceQuery().count());
    counts.put("historic process instances", history.createHistoricProcessInstanceQuery().count());
    counts.put("tasks", history.createHistoricTaskInstanceQuery().count());
    counts.put("variables", history.createHistoricVariableInstanceQuery().count());
    return counts;
  }
}
