package io.gridcase.petitions;

import java.time.OffsetDateTime;

/** A petition case's own record (table {@code petition}): acceptance, handling opinion, review. */
public record Petition(
    String caseNumber,
    OffsetDateTime receivedAt,
    OffsetDateTime acceptanceDueAt,
    Boolean accepted,
    String notAcceptedReason,
    OffsetDateTime decidedAt,
    String acceptanceNotice,
    OffsetDateTime acceptanceOverdueAt,
    String outcomeClass,
    String opinion,
    OffsetDateTime opinionAt,
    String opinionNotice,
    OffsetDateTime reviewRequestDueAt,
    OffsetDateTime reviewRequestedAt,
    OffsetDateTime reviewDueAt,
    String reviewResult,
    String reviewNote,
    OffsetDateTime reviewedAt,
    OffsetDateTime handlingDueAt,
    OffsetDateTime opinionFinalAt) {}
