package io.gridcase.api;

import io.gridcase.casefile.CasePage;
import java.time.OffsetDateTime;
import java.util.List;

/** One page of cases, in brief. */
public record CaseList(List<Item> items, int page, int size, long total) {

  public record Item(
      String caseNumber,
      String channel,
      String title,
      String status,
      String stage,
      String category,
      String priority,
      String townCode,
      String leadDepartment,
      String outcome,
      OffsetDateTime reportedAt) {}

  static CaseList of(CasePage page) {
    return new CaseList(
        page.cases().stream()
            .map(
                c ->
                    new Item(
                        c.caseNumber(), c.channel(), c.title(), c.status().name(), c.stage().name(),
                        c.category(), c.priority(), c.place().townCode(), c.leadDepartment(),
                        c.outcome(), c.reportedAt()))
            .toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
