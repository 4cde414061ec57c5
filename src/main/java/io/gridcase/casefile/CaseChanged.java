package io.gridcase.casefile;

/**
 * Published (synchronously, in the caller's transaction) whenever a step on a case is journaled,
 * so read models such as the supervisors' figures can follow the case without the steps knowing them.
 */
public record CaseChanged(String caseNumber) {}
