package io.gridcase.directory;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Camunda group ids of docs/process-contract.md and their display names. */
public final class DirectoryGroups {

  public static final String INTAKE = "intake";
  public static final String REVISIT = "revisit";
  public static final String SUPERVISORS = "supervisors";
  /** Decides whether a petition is accepted and issues its handling opinion (ADR 23). */
  public static final String PETITION_OFFICE = "petition-office";
  /** The reviewing body one level up (复查机关): decides a petition's review (ADR 23). */
  public static final String PETITION_REVIEWERS = "petition-reviewers";
  public static final String DESIGNERS = "designers";
  public static final String GRID_WORKERS = "grid-workers";
  /** Technical users of channel systems (12345, 110, …): {@code /api} only, one per channel. */
  public static final String INTEGRATORS = "integrators";
  /** Technical users of SMS gateways: the {@code send-sms} external tasks and {@code /api/sms} only (ADR 17). */
  public static final String SMS_GATEWAYS = "sms-gateways";
  /** The expert pool (专家库): mediators who join a complex dispute's mediation (ADR 27). */
  public static final String MEDIATION_EXPERTS = "mediation-experts";
  /** The Camunda user info key holding an integrator's channel. */
  public static final String CHANNEL_INFO = "gridcase.channel";

  /**
   * The user and group ids the directory uses, and the engine is taught to accept
   * ({@code engine.identity.IdentityIdPatternPlugin}): letters and digits with {@code . _ -} between them.
   */
  public static final String ID_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*|camunda-admin";

  /** The role groups every directory has, with their names. */
  public static final Map<String, String> ROLES;

  static {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put(INTAKE, "受理员");
    roles.put(REVISIT, "回访员");
    roles.put(SUPERVISORS, "督办");
    roles.put(DESIGNERS, "流程设计");
    roles.put(GRID_WORKERS, "网格员");
    roles.put(INTEGRATORS, "接口账号");
    roles.put(SMS_GATEWAYS, "短信网关");
    roles.put(PETITION_OFFICE, "信访办");
    roles.put(PETITION_REVIEWERS, "信访复查机关");
    ROLES = Collections.unmodifiableMap(roles);
  }

  private DirectoryGroups() {}

  /** Groups of systems, not people: no Tasklist. */
  public static boolean isTechnical(String group) {
    return group.equals(INTEGRATORS) || group.equals(SMS_GATEWAYS);
  }

  /**
   * The groups a directory file defines: the roles, a center per county and town, a group per department, a
   * mediators' pool per town.
   */
  public static Map<String, String> of(DirectoryFile file) {
    Map<String, String> groups = new LinkedHashMap<>(ROLES);
    file.countyList().forEach(c -> groups.put(centerGroup(c.code()), c.name() + "综治中心"));
    file.townList().forEach(t -> groups.put(t.centerGroup(), t.name() + "综治中心"));
    file.departments().forEach(d -> groups.put(d.group(), d.nameZh()));
    file.townList().forEach(t -> groups.put(mediatorGroup(t.code()), t.name() + "人民调解员"));
    file.townList().forEach(t -> Arrays.stream(MediationSpecialty.values()).forEach(specialty ->
        groups.put(mediatorGroup(t.code(), specialty), t.name() + "人民调解员·" + specialty.label())));
    groups.put(MEDIATION_EXPERTS, "调解专家库");
    return groups;
  }

  /**
   * The groups a person of the file is in: those it lists, and for a town's mediator
   * ({@code mediators-<town>}) the town's group of each of its specialties (ADR 27).
   */
  public static Set<String> memberships(DirectoryFile.PersonEntry person) {
    Set<String> groups = new LinkedHashSet<>(person.groups());
    person.groups().stream().filter(DirectoryGroups::isTownMediatorPool).forEach(pool -> person.specialties().stream()
        .map(MediationSpecialty::of).flatMap(Optional::stream)
        .forEach(specialty -> groups.add(pool + "-" + specialty.name())));
    return groups;
  }

  public static String centerGroup(String townCode) {
    return "center-" + townCode;
  }

  /** A town's pool of people's mediators (人民调解员), who take its disputes first (ADR 22). */
  public static String mediatorGroup(String townCode) {
    return "mediators-" + townCode;
  }

  /** A town's people's mediators of one specialty ({@code mediators-<town>-<specialty>}, ADR 27). */
  public static String mediatorGroup(String townCode, MediationSpecialty specialty) {
    return mediatorGroup(townCode) + "-" + specialty.name();
  }

  public static String departmentGroup(String departmentCode) {
    return "dept-" + departmentCode;
  }

  public static boolean isCenterGroup(String group) {
    return group.startsWith("center-");
  }

  private static boolean isTownMediatorPool(String group) {
    return group.startsWith("mediators-");
  }

  /** A town's pool, a pool of one specialty, or the expert pool (专家库). */
  public static boolean isMediatorGroup(String group) {
    return group.startsWith("mediators-") || group.equals(MEDIATION_EXPERTS);
  }

  public static boolean isDepartmentGroup(String group) {
    return group.startsWith("dept-");
  }

  /** The town code of a {@code center-<town>} group. */
  public static String townOf(String centerGroup) {
    return centerGroup.substring("center-".length());
  }

  /** The department code of a {@code dept-<code>} group. */
  public static String departmentOf(String departmentGroup) {
    return departmentGroup.substring("dept-".length());
  }
}
