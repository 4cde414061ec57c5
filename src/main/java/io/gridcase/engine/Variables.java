package io.gridcase.engine;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads variables the way forms and decisions leave them: untyped, maybe missing, maybe blank. */
public final class Variables {

  private Variables() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static String required(VariableScope scope, String name) {
    String value = text(scope, name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required / 必填");
    }
    return value;
  }

  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }
}
