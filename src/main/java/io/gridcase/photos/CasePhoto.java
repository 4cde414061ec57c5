package io.gridcase.photos;

import java.time.OffsetDateTime;

/** A stored photo of a case, without its bytes. */
public record CasePhoto(
    String id,
    String caseNumber,
    PhotoKind kind,
    String fileName,
    String mediaType,
    int sizeBytes,
    String uploadedBy,
    OffsetDateTime uploadedAt) {}
