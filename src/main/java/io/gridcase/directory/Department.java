package io.gridcase.directory;

/** A functional department (职能部门) that signs for and handles orders, e.g. {@code HRSS}. */
public record Department(String code, String nameZh, String nameEn, String mailbox) {

  /** The Camunda group of this department's handlers, {@code dept-<code>}. */
  public String group() {
    return DirectoryGroups.departmentGroup(code);
  }
}
