package io.gridcase.security;

import io.gridcase.directory.DirectoryGroups;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which engine REST calls that are not plain reads anybody may make, and who: an explicit
 * allowlist (ADR 9). Everything not listed here is refused for every role, the admin included:
 * starting any process ({@code /start}, with or without instructions), modification, messages,
 * signals, job execution and suspension, variables of instances, executions and tasks, history
 * deletion, external tasks (but the SMS gateways' own, ADR 17), assigning and delegating tasks. Gridcase's own code starts
 * {@code case-lifecycle}, {@code department-order}, {@code stage-deadline}, {@code supervise-case}
 * and {@code weak-signal-alert} through the Java API, never through REST.
 *
 * <p>POSTs that only query (Tasklist's task list, Cockpit's counts, history queries) are reads and
 * open to every logged-in user; the engine's authorizations filter what they return.
 */
final class EngineRestWrites {

  /** Who may make a call. */
  enum Who {
    ANYONE("every logged-in user", user -> true),
    /** The groups that work on tasks in Tasklist; the engine still checks TASK_WORK per task. */
    TASK_WORKERS("task workers: intake, revisit, supervisors, grid-workers, center-*, dept-*, petition-office, petition-reviewers",
        user -> user.groups().stream().anyMatch(EngineRestWrites::worksOnTasks)),
    /** Start forms; which form whom is decided per process by {@link StartForms}. */
    STARTERS("case-lifecycle: intake, center-*; request-extension: dept-*",
        user -> user.in(DirectoryGroups.INTAKE) || !user.towns().isEmpty() || !user.departments().isEmpty()),
    DESIGNERS("designers", user -> user.in(DirectoryGroups.DESIGNERS)),
    /** SMS gateways; the engine lets them see and lock send-sms tasks only (ADR 17). */
    SMS_GATEWAYS("sms-gateways", user -> user.in(DirectoryGroups.SMS_GATEWAYS)),
    ADMIN("camunda-admin", user -> user.in(GridcaseUser.CAMUNDA_ADMIN));

    final String description;
    private final Predicate<GridcaseUser> test;

    Who(String description, Predicate<GridcaseUser> test) {
      this.description = description;
      this.test = test;
    }

    boolean includes(GridcaseUser user) {
      return test.test(user);
    }
  }

  /** What is checked beyond the caller's groups, in the request itself. */
  enum Check {
    NONE,
    /** {@code userId} in the body is the caller: nobody claims a task for someone else. */
    CLAIM_FOR_ONESELF,
    /** The submitted variables are fields of the task's own form. */
    TASK_FORM,
    /** The process may be started from its form by the caller, with the form's own fields only, no business key. */
    START_FORM,
    /** External tasks of the SMS topic only, and no variables written into the engine (ADR 17). */
    SMS_TOPIC
  }

  record Rule(String method, String pattern, Who who, Check check, String why) {}

  /** POSTs that only read. */
  static final List<String> QUERIES = List.of(
      "task", "task/count",
      "filter/*/list", "filter/*/count", "filter/*/singleResult",
      "process-instance", "process-instance/count",
      "execution", "execution/count",
      "variable-instance", "variable-instance/count",
      "job", "job/count", "job-definition", "job-definition/count",
      "external-task", "external-task/count",
      "case-instance", "case-instance/count", "case-execution", "case-execution/count",
      "group", "group/count",
      "schema/log",
      "identity/password-policy",
      "history/process-instance", "history/process-instance/count",
      "history/activity-instance", "history/activity-instance/count",
      "history/task", "history/task/count",
      "history/variable-instance", "history/variable-instance/count",
      "history/detail",
      "history/job-log", "history/job-log/count",
      "history/external-task-log", "history/external-task-log/count",
      "history/case-instance", "history/case-instance/count");

  /** The writes: every one not listed is refused. */
  static final List<Rule> WRITES = List.of(
      new Rule("POST", "task/*/claim", Who.TASK_WORKERS, Check.CLAIM_FOR_ONESELF, "Tasklist: claim"),
      new Rule("POST", "task/*/unclaim", Who.TASK_WORKERS, Check.NONE, "Tasklist: unclaim"),
      new Rule("POST", "task/*/submit-form", Who.TASK_WORKERS, Check.TASK_FORM, "Tasklist: complete a task's form"),
      new Rule("POST", "task/*/complete", Who.TASK_WORKERS, Check.TASK_FORM, "REST clients: complete a task"),
      new Rule("POST", "task/*/comment/create", Who.TASK_WORKERS, Check.NONE, "Tasklist: comment on a task"),
      new Rule("POST", "process-definition/*/submit-form", Who.STARTERS, Check.START_FORM, "Tasklist: start a process from its form"),
      new Rule("POST", "process-definition/key/*/submit-form", Who.STARTERS, Check.START_FORM, "REST clients: the same by key"),
      new Rule("POST", "external-task/fetchAndLock", Who.SMS_GATEWAYS, Check.SMS_TOPIC, "SMS gateway: fetch send-sms tasks"),
      new Rule("POST", "external-task/*/complete", Who.SMS_GATEWAYS, Check.SMS_TOPIC, "SMS gateway: message sent"),
      new Rule("POST", "external-task/*/failure", Who.SMS_GATEWAYS, Check.SMS_TOPIC, "SMS gateway: sending failed"),
      new Rule("POST", "external-task/*/extendLock", Who.SMS_GATEWAYS, Check.SMS_TOPIC, "SMS gateway: needs longer"),
      new Rule("POST", "deployment/create", Who.DESIGNERS, Check.NONE, "deploy models"),
      new Rule("POST", "migration/generate", Who.DESIGNERS, Check.NONE, "plan a migration"),
      new Rule("POST", "migration/validate", Who.DESIGNERS, Check.NONE, "check a migration plan"),
      new Rule("POST", "migration/execute", Who.DESIGNERS, Check.NONE, "migrate instances"),
      new Rule("POST", "migration/executeAsync", Who.DESIGNERS, Check.NONE, "migrate instances in a batch"),
      new Rule("POST", "decision-definition/*/evaluate", Who.DESIGNERS, Check.NONE, "try a decision table"),
      new Rule("POST", "decision-definition/key/*/evaluate", Who.DESIGNERS, Check.NONE, "try a decision table"),
      new Rule("POST", "user/create", Who.ADMIN, Check.NONE, "Admin: users"),
      new Rule("PUT", "user/*/profile", Who.ADMIN, Check.NONE, "Admin: users"),
      new Rule("PUT", "user/*/credentials", Who.ADMIN, Check.NONE, "Admin: users"),
      new Rule("POST", "user/*/unlock", Who.ADMIN, Check.NONE, "Admin: users"),
      new Rule("DELETE", "user/*", Who.ADMIN, Check.NONE, "Admin: users"),
      new Rule("POST", "group/create", Who.ADMIN, Check.NONE, "Admin: groups"),
      new Rule("PUT", "group/*", Who.ADMIN, Check.NONE, "Admin: groups"),
      new Rule("DELETE", "group/*", Who.ADMIN, Check.NONE, "Admin: groups"),
      new Rule("PUT", "group/*/members/*", Who.ADMIN, Check.NONE, "Admin: memberships"),
      new Rule("DELETE", "group/*/members/*", Who.ADMIN, Check.NONE, "Admin: memberships"),
      new Rule("POST", "authorization/create", Who.ADMIN, Check.NONE, "Admin: authorizations"),
      new Rule("PUT", "authorization/*", Who.ADMIN, Check.NONE, "Admin: authorizations"),
      new Rule("DELETE", "authorization/*", Who.ADMIN, Check.NONE, "Admin: authorizations"),
      new Rule("POST", "tenant/create", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("PUT", "tenant/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("DELETE", "tenant/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("PUT", "tenant/*/user-members/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("DELETE", "tenant/*/user-members/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("PUT", "tenant/*/group-members/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("DELETE", "tenant/*/group-members/*", Who.ADMIN, Check.NONE, "Admin: tenants"),
      new Rule("POST", "filter/create", Who.ADMIN, Check.NONE, "Tasklist: shared filters"),
      new Rule("PUT", "filter/*", Who.ADMIN, Check.NONE, "Tasklist: shared filters"),
      new Rule("DELETE", "filter/*", Who.ADMIN, Check.NONE, "Tasklist: shared filters"),
      new Rule("PUT", "job/*/retries", Who.ADMIN, Check.NONE, "Cockpit: retry a failed job (incident)"));

  private EngineRestWrites() {}

  static boolean isQuery(EngineRestCall call) {
    return QUERIES.stream().anyMatch(pattern -> call.matches("POST", pattern));
  }

  /** The rule that lets this call through, if any (the caller's groups are checked apart). */
  static Optional<Rule> ruleFor(EngineRestCall call) {
    return WRITES.stream().filter(rule -> call.matches(rule.method(), rule.pattern())).findFirst();
  }

  private static boolean worksOnTasks(String group) {
    return group.equals(DirectoryGroups.INTAKE)
        || group.equals(DirectoryGroups.REVISIT)
        || group.equals(DirectoryGroups.SUPERVISORS)
        || group.equals(DirectoryGroups.GRID_WORKERS)
        || DirectoryGroups.isCenterGroup(group)
        || DirectoryGroups.isDepartmentGroup(group)
        || group.equals(DirectoryGroups.PETITION_OFFICE)
        || group.equals(DirectoryGroups.PETITION_REVIEWERS)
        || DirectoryGroups.isMediatorGroup(group);
  }
}
