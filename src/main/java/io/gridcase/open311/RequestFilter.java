package io.gridcase.open311;

import io.gridcase.casefile.CaseStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The filters of "GET Service Requests": service_request_id (a comma list, which overrides the
 * others), service_code (a comma list), start_date and end_date (W3C date-times, at most 90 days
 * apart; the last 90 days when neither is given), status (open, closed or both).
 */
record RequestFilter(List<String> ids, List<String> serviceCodes, Set<CaseStatus> statuses,
    OffsetDateTime start, OffsetDateTime end) {

  static final Duration WINDOW = Duration.ofDays(90);
  private static final int MAX_LIST = 200;

  static RequestFilter of(String ids, String serviceCodes, String startDate, String endDate, String status,
      OffsetDateTime now) {
    OffsetDateTime start = time("start_date", startDate);
    OffsetDateTime end = time("end_date", endDate);
    if (start == null && end == null) {
      end = now;
      start = now.minus(WINDOW);
    } else if (start == null) {
      start = end.minus(WINDOW);
    } else if (end == null) {
      end = start.plus(WINDOW);
    }
    if (end.isBefore(start)) {
      throw Open311Exception.badField("end_date", "不能早于 start_date (must not be before start_date)");
    }
    if (Duration.between(start, end).compareTo(WINDOW) > 0) {
      throw Open311Exception.badField("end_date", "与 start_date 相隔不能超过 90 天 (at most 90 days after start_date)");
    }
    return new RequestFilter(list("service_request_id", ids), list("service_code", serviceCodes), statuses(status), start, end);
  }

  private static OffsetDateTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      // a "+08:00" sent unencoded in a query arrives as " 08:00"
      return OffsetDateTime.parse(value.strip().replace(' ', '+'));
    } catch (DateTimeParseException notW3c) {
      throw Open311Exception.badField(field, "须为带时区的 W3C 日期时间 must be a W3C date-time with offset, e.g. 2026-12-01T00:00:00+08:00");
    }
  }

  private static List<String> list(String field, String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (items.size() > MAX_LIST || items.stream().anyMatch(s -> s.length() > 64)) {
      throw Open311Exception.badField(field, "最多 200 项 at most 200 values of at most 64 characters");
    }
    return items;
  }

  private static Set<CaseStatus> statuses(String value) {
    Set<CaseStatus> statuses = new LinkedHashSet<>();
    for (String status : list("status", value)) {
      switch (status) {
        case "open" -> statuses.add(CaseStatus.OPEN);
        case "closed" -> {
          statuses.add(CaseStatus.CLOSED);
          statuses.add(CaseStatus.CANCELLED);
        }
        default -> throw Open311Exception.badField("status", "须为 open 或 closed (must be open or closed)");
      }
    }
    return statuses;
  }
}
