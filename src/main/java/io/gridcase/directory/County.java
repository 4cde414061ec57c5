package io.gridcase.directory;

/** A county-level district or city (区/县级市), e.g. 台山市 {@code JM-TS}. */
public record County(String code, String name) {}
