package io.gridcase.duplicates;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** An open case of the same category reported near and shortly before: maybe the same problem (疑似重复件). */
public record PossibleDuplicate(
    String caseNumber,
    String title,
    @Schema(description = "metres between the two reports' points (a grid's centre when a report gave no point)")
        long distanceMetres,
    OffsetDateTime reportedAt) {}
