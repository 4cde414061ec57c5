package io.gridcase.dispatch;

import io.gridcase.engine.order.OrderTasks;

import io.gridcase.casefile.DepartmentOrder.Role;

/**
 * A user task of a {@code department-order} instance: which case, which department, which role,
 * who did it, and the order instance itself. Built by {@link OrderTasks} from the instance's
 * business key and its order row, never from the task's variables.
 */
public record OrderTask(String caseNumber, String department, Role role, String actor, String orderInstanceId) {}
