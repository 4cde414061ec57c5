package io.gridcase.coorder;

/**
 * A row of {@code decisions/co-handling-deadline.dmn}: the co-handler's sign-for and contribution
 * limits (ISO 8601), whether they count working days, when to remind, whether a breach goes to the lead.
 */
public record CoOrderLimits(
    String signForLimit, String contributionLimit, boolean workingDays, double reminderShare, boolean escalateToLead) {}
