package io.gridcase.directory;

/** A town or street (镇/街道); its comprehensive governance center dispatches the cases. */
public record Town(String code, String name, String countyCode) {

  /** The Camunda group of this town's center (镇街综治中心), {@code center-<townCode>}. */
  public String centerGroup() {
    return DirectoryGroups.centerGroup(code);
  }
}
