package io.gridcase.api;

import io.gridcase.duplicates.PossibleDuplicate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer to a report: the case number and where to follow the case; the open cases of the same
 * category nearby that it may repeat, as far as the caller may read them; and whether a sensor's alert
 * was added to the sensor's open case instead of opening one (ADR 19).
 */
public record CaseCreated(
    String caseNumber,
    String href,
    @Schema(description = "open cases of the same category reported nearby shortly before (decisions/duplicate-window.dmn)")
        List<PossibleDuplicate> possibleDuplicates,
    @Schema(description = "true when the report was an alert of a sensor whose case is open: it was added to that case")
        boolean attachedToOpenCase) {

  public CaseCreated(String caseNumber, String href) {
    this(caseNumber, href, List.of(), false);
  }
}
