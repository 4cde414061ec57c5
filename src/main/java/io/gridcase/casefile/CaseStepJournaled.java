package io.gridcase.casefile;

import java.time.OffsetDateTime;

/**
 * Published (synchronously, in the caller's transaction) with {@link CaseChanged} for every step
 * journalled, for those that follow the steps themselves, such as the status callbacks: what they
 * write commits or rolls back with the step.
 */
public record CaseStepJournaled(String caseNumber, CaseAction action, OffsetDateTime occurredAt) {}
