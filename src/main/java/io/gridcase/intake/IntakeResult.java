package io.gridcase.intake;

/** The case a report led to, and whether this report created it or found it already there. */
public record IntakeResult(String caseNumber, boolean created) {}
