package io.gridcase.directory;

/** A village or residents' community (村/社区). */
public record Community(String code, String name, String townCode) {}
