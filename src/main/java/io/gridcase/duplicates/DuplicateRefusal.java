package io.gridcase.duplicates;

import io.gridcase.casefile.FieldRefusal;

/**
 * The master case number entered for a 重复件 cannot be linked: the form shows why, at the field (the
 * message starts with the field's key, as Tasklist's form-answers.js reads the engine's refusal).
 */
public class DuplicateRefusal extends FieldRefusal {

  public static final String FIELD = "masterCaseNumber";

  DuplicateRefusal(String message) {
    super(FIELD, FIELD + ": " + message);
  }
}
