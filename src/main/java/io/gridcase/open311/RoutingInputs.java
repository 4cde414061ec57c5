package io.gridcase.open311;

import java.util.List;

/**
 * The port to the routing decisions (案件分类, 案件研判, 主办部门, 协办部门) as they are deployed now:
 * what each reads, so a service definition asks the reporter for exactly what the rules route by.
 * {@code io.gridcase.engine.DeployedDecisionInputs} implements it.
 */
public interface RoutingInputs {

  /** The decisions whose inputs a reporter can supply. */
  List<String> DECISIONS = List.of("case-category", "case-triage", "lead-department", "co-handling-departments");

  /** Every input of those decisions, in table order, the first decision first; repeated inputs once. */
  List<Input> inputs();

  /**
   * One input column.
   *
   * @param expression the input expression as written in the table (a variable name, or FEEL on several)
   * @param label the column's label (Chinese, English beside it)
   */
  record Input(String decision, String expression, String label) {}
}
