package io.gridcase.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.gridcase.directory.DirectoryGroups;
import io.gridcase.directory.DirectoryLoader;
import io.gridcase.notification.SmsProcesses;
import io.gridcase.engine.CaseLifecycleProcess;
import io.gridcase.engine.DepartmentOrderProcess;
import io.gridcase.engine.PetitionProcess;
import io.gridcase.engine.DisputeMediationProcess;
import io.gridcase.engine.RequestExtensionProcess;
import io.gridcase.engine.StageDeadlineProcess;
import io.gridcase.engine.SuperviseCaseProcess;
import io.gridcase.engine.WeakSignalAlertProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants the directory's groups what their work needs in Camunda, at start-up, after the
 * directory is loaded; idempotent (a grant that exists is left, a missing permission added).
 *
 * <ul>
 *   <li>every human group (all but {@code integrators}; with each town's {@code mediators-<town>}): Tasklist, READ on the processes (the
 *       diagram beside a task), READ on the shared filters ({@link TasklistFilters});
 *   <li>{@code intake} and each {@code center-<town>}: start {@code case-lifecycle} from Tasklist;
 *   <li>each {@code dept-<code>}: ask for an extension from Tasklist ({@code request-extension});
 *   <li>{@code supervisors}: Cockpit, read-only: definitions, instances, incidents, history, tasks,
 *       decisions, deployments, the operation log;
 *   <li>{@code designers}: Cockpit, deploy, and migrate instances;
 *   <li>{@code integrators}: nothing in Camunda; they use {@code /api}.
 *   <li>{@code sms-gateways}: the instances of {@code send-sms} alone, to fetch, lock, complete and fail
 *       their external tasks (ADR 17); the engine hides every other process's external tasks from them.
 * </ul>
 *
 * Task access is the engine's own: a task's candidate group and assignee get READ and TASK_WORK on
 * it when the task is created or assigned ({@code defaultUserPermissionNameForTask}), so a
 * department sees and works on its own tasks only. Admin stays with {@code camunda-admin}, the
 * starter's demo admin.
 */
@Component
@Order(CamundaAuthorizations.ORDER)
public class CamundaAuthorizations implements ApplicationRunner {

  public static final int ORDER = DirectoryLoader.ORDER + 10;

  private static final Logger log = LoggerFactory.getLogger(CamundaAuthorizations.class);

  private static final List<String> PROCESSES =
      List.of(CaseLifecycleProcess.ID, DepartmentOrderProcess.ID, StageDeadlineProcess.ID,
          SuperviseCaseProcess.ID, RequestExtensionProcess.ID, WeakSignalAlertProcess.ID,
          PetitionProcess.ID, PetitionProcess.OPINION_ID, PetitionProcess.REVIEW_ID,
          DisputeMediationProcess.ID);

  private final AuthorizationService authorizations;
  private final IdentityService identity;
  private final TasklistFilters filters;

  public CamundaAuthorizations(AuthorizationService authorizations, IdentityService identity, TasklistFilters filters) {
    this.authorizations = authorizations;
    this.identity = identity;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> filterIds = filters.ensure();
    int granted = 0;
    for (String group : tasklistGroups()) {
      granted += grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      for (String process : PROCESSES) {
        granted += grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ);
      }
      for (String filterId : filterIds) {
        granted += grant(group, Resources.FILTER, filterId, Permissions.READ);
      }
      if (group.equals(DirectoryGroups.INTAKE) || DirectoryGroups.isCenterGroup(group)) {
        granted += grant(group, Resources.PROCESS_DEFINITION, CaseLifecycleProcess.ID,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        granted += grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
      }
      if (DirectoryGroups.isDepartmentGroup(group)) {
        granted += grant(group, Resources.PROCESS_DEFINITION, RequestExtensionProcess.ID,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        granted += grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
      }
    }
    granted += supervisors(DirectoryGroups.SUPERVISORS);
    granted += designers(DirectoryGroups.DESIGNERS);
    granted += smsGateways(DirectoryGroups.SMS_GATEWAYS);
    log.info("Camunda authorizations for the directory's groups: {} permission(s) added", granted);
  }

  private int supervisors(String group) {
    int granted = 0;
    granted += grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    granted += grant(group, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    granted += grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    granted += grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    granted += grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    granted += grant(group, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
    return granted;
  }

  private int designers(String group) {
    int granted = 0;
    granted += grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    granted += grant(group, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    granted += grant(group, Resources.PROCESS_DEFINITION, "*",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    granted += grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    granted += grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    granted += grant(group, Resources.BATCH, "*", BatchPermissions.READ, BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
    return granted;
  }

  /**
   * Reading and updating send-sms instances is what fetch-and-lock, complete, failure and
   * extendLock need; READ on the definition lets the engine's listeners read it as the gateway.
   */
  private int smsGateways(String group) {
    return grant(group, Resources.PROCESS_DEFINITION, SmsProcesses.PROCESS, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
  }

  /** The groups that work in Tasklist: every directory group but the integrators. */
  private List<String> tasklistGroups() {
    List<String> groups = new ArrayList<>();
    for (Group group : identity.createGroupQuery().list()) {
      String id = group.getId();
      boolean role = DirectoryGroups.ROLES.containsKey(id) && !DirectoryGroups.isTechnical(id);
      if (role || DirectoryGroups.isCenterGroup(id) || DirectoryGroups.isDepartmentGroup(id)
          || DirectoryGroups.isMediatorGroup(id)) {
        groups.add(id);
      }
    }
    return groups;
  }

  /** Grants the permissions to the group on the resource; answers how many were missing. */
  int grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizations.createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    int added = 0;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        added++;
      }
    }
    if (added > 0) {
      authorizations.saveAuthorization(authorization);
    }
    return added;
  }
}
