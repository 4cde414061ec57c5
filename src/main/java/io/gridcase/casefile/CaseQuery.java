package io.gridcase.casefile;

/** Filters for listing cases; a null filter matches everything. Pages count from 0. */
public record CaseQuery(
    String status, String department, String town, String channel, int page, int size) {}
