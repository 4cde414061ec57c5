package io.gridcase.casefile;

import java.time.OffsetDateTime;

/** One line of a case's journal: who did what, when. */
public record CaseEvent(OffsetDateTime at, String actor, CaseAction action, String detail) {}
