package io.gridcase.casefile;

import java.util.List;

/** One page of cases and how many match in all. */
public record CasePage(List<CaseRecord> cases, int page, int size, long total) {}
