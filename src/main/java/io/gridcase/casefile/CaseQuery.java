package io.gridcase.casefile;

/** Filters for listing cases; a null filter matches everything. Pages count from 0. */
public record CaseQuery(
    String status, String department, String town, String channel, int page, int size, String grid) {

  public CaseQuery(String status, String department, String town, String channel, int page, int size) {
    this(status, department, town, channel, page, size, null);
  }
}
