package io.gridcase.casefile;

/** The business behind an SME complaint (中小微企业诉求); its presence marks the case as SME. */
public record Enterprise(String name, String creditCode) {}
