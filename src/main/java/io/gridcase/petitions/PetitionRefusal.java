package io.gridcase.petitions;

import io.gridcase.casefile.FieldRefusal;

/** A petition step refused for what was entered; the message starts with the field, as Tasklist reads it. */
public class PetitionRefusal extends FieldRefusal {

  PetitionRefusal(String field, String message) {
    super(field, field + ": " + message);
  }
}
