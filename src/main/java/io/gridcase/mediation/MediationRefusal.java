package io.gridcase.mediation;

import io.gridcase.casefile.FieldRefusal;

/** A mediator's form refused at one field (the message starts with the field, as Tasklist reads it). */
public class MediationRefusal extends FieldRefusal {

  MediationRefusal(String field, String message) {
    super(field, field + ": " + message);
  }
}
