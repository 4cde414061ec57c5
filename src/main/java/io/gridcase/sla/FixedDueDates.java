package io.gridcase.sla;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A stage's due date that the case's own procedure fixed before the watch began, for the first
 * round: a petition's handling (办结) is due 60 days from its acceptance (ADR 28). Where none is
 * fixed, the deadline-profile limit counts from dispatch.
 */
public interface FixedDueDates {

  Optional<OffsetDateTime> dueAt(String caseNumber, Stage stage);
}
