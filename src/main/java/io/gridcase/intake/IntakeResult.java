package io.gridcase.intake;

import io.gridcase.duplicates.PossibleDuplicate;
import java.util.List;

/**
 * The case a report led to, and whether this report created it or found it already there; the open
 * cases it may repeat (ADR 19); and whether it was a sensor's alert attached to the sensor's open case.
 */
public record IntakeResult(
    String caseNumber, boolean created, List<PossibleDuplicate> possibleDuplicates, boolean attachedToOpenCase) {

  public IntakeResult(String caseNumber, boolean created) {
    this(caseNumber, created, List.of(), false);
  }
}
