package io.gridcase.sla;

import java.time.OffsetDateTime;

/** When to remind, when the deadline is, and when to escalate. */
public record Schedule(OffsetDateTime reminderAt, OffsetDateTime dueAt, OffsetDateTime escalateAt) {}
