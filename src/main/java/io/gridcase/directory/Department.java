package io.gridcase.directory;

/**
 * A functional department (职能部门) that signs for and handles orders, e.g. {@code HRSS};
 * {@code onDutyPhone} (值班电话, a mobile) gets urgent alerts by SMS.
 */
public record Department(String code, String nameZh, String nameEn, String mailbox, String onDutyPhone) {

  /** The Camunda group of this department's handlers, {@code dept-<code>}. */
  public String group() {
    return DirectoryGroups.departmentGroup(code);
  }
}
