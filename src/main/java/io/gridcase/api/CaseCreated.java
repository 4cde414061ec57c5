package io.gridcase.api;

/** The answer to a report: the case number and where to follow the case. */
public record CaseCreated(String caseNumber, String href) {}
