package io.gridcase.security;

import io.gridcase.directory.DirectoryGroups;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who calls {@code /api}: a Camunda user, the Camunda groups it is in, and for an integrator the
 * one channel it speaks for.
 *
 * @param channel the intake channel of an integrator ({@code HOTLINE_12345} …), else null
 */
public record GridcaseUser(String id, Set<String> groups, String channel) {

  /** The group the Camunda starter gives its admin user (demo profile only). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  public GridcaseUser {
    groups = Set.copyOf(groups);
  }

  public boolean in(String group) {
    return groups.contains(group);
  }

  public boolean isIntegrator() {
    return in(DirectoryGroups.INTEGRATORS) && channel != null;
  }

  /** Supervisors read every case; intake and revisit clerks work on any case; the admin sees all. */
  public boolean readsAllCases() {
    return in(DirectoryGroups.SUPERVISORS)
        || in(DirectoryGroups.INTAKE)
        || in(DirectoryGroups.REVISIT)
        || in(CAMUNDA_ADMIN);
  }

  /** The departments ({@code dept-<code>}) the user handles for. */
  public Set<String> departments() {
    var codes = new TreeSet<String>();
    groups.stream().filter(DirectoryGroups::isDepartmentGroup).map(DirectoryGroups::departmentOf).forEach(codes::add);
    return codes;
  }

  /** The towns whose center ({@code center-<town>}) the user dispatches for. */
  public Set<String> towns() {
    var codes = new TreeSet<String>();
    groups.stream().filter(DirectoryGroups::isCenterGroup).map(DirectoryGroups::townOf).forEach(codes::add);
    return codes;
  }

  @Override
  public String toString() {
    return id;
  }
}
