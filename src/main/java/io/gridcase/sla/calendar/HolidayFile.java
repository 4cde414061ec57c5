package io.gridcase.sla.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holiday file ({@code calendar/cn-public-holidays.yaml}): per year the {@code off} ranges of
 * the State Council notice and its {@code workdays} (weekend dates worked to make up), or
 * {@code published: false} for a year whose notice is not loaded yet. Read once and checked, so a
 * typo stops the application at start-up instead of moving a deadline.
 */
record HolidayFile(Map<Integer, Year> years) {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One year as the notice has it; {@code published} is left out for a published year. */
  record Year(Boolean published, List<Off> off, List<LocalDate> workdays) {
    Year {
      off = off == null ? List.of() : List.copyOf(off);
      workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    boolean isPublished() {
      return published == null || published;
    }
  }

  /** A stretch of days off, weekends inside the holiday included. */
  record Off(LocalDate from, LocalDate to, String name) {}

  HolidayFile {
    years = new TreeMap<>(years);
  }

  static HolidayFile read(InputStream in, String source) {
    Map<Integer, Year> years;
    try {
      years = YAML.readValue(in, new TypeReference<Map<Integer, Year>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday file " + source, e);
    }
    if (years == null) {
      throw new IllegalStateException("the holiday file " + source + " is empty");
    }
    HolidayFile file = new HolidayFile(years);
    List<String> problems = file.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the holiday file " + source + " is not valid:\n  " + String.join("\n  ", problems));
    }
    return file;
  }

  /** Every mistake at once, so one edit fixes the file. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    years.forEach(
        (year, entry) -> {
          if (entry == null) {
            problems.add(year + ": empty; write its off ranges and workdays, or {published: false}");
            return;
          }
          if (!entry.isPublished()) {
            if (!entry.off().isEmpty() || !entry.workdays().isEmpty()) {
              problems.add(year + ": marked published: false but lists dates");
            }
            return;
          }
          Set<LocalDate> offDays = new HashSet<>();
          for (Off off : entry.off()) {
            String label = year + " " + (off.name() == null ? "(unnamed)" : off.name());
            if (off.from() == null || off.to() == null) {
              problems.add(label + ": needs both from and to");
              continue;
            }
            if (off.name() == null || off.name().isBlank()) {
              problems.add(year + " off " + off.from() + ": needs a name");
            }
            if (off.to().isBefore(off.from())) {
              problems.add(label + ": ends before it starts");
            }
            if (off.from().getYear() != year || off.to().getYear() != year) {
              problems.add(label + ": " + off.from() + ".." + off.to() + " lies outside " + year);
            }
            for (LocalDate d = off.from(); !d.isAfter(off.to()); d = d.plusDays(1)) {
              if (!offDays.add(d)) {
                problems.add(label + ": " + d + " is already off in another range");
              }
            }
          }
          for (LocalDate workday : entry.workdays()) {
            if (workday == null) {
              problems.add(year + " workdays: an empty entry");
            } else if (workday.getYear() != year) {
              problems.add(year + " workdays: " + workday + " lies outside " + year);
            } else if (!isWeekend(workday)) {
              problems.add(year + " workdays: " + workday + " is a weekday, already a working day");
            } else if (offDays.contains(workday)) {
              problems.add(year + " workdays: " + workday + " is also listed as off");
            }
          }
        });
    return problems;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
