package io.gridcase.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gridcase.engine.calendar.WorkingDaysBusinessCalendarPlugin;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

  static ZonedDateTime beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE);
  }

  @Test
  void publishesTheYearsOfTheStateCouncilNotices() {
    assertThat(calendar.publishedYears()).containsExactly(2025, 2026);
    assertThat(calendar.covers(LocalDate.parse("2026-12-31"))).isTrue();
    assertThat(calendar.covers(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(calendar.covers(LocalDate.parse("2024-12-31"))).isFalse();
  }

  @Nested
  class NationalDay2026 {

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDayEndOnTheSecondTuesday() {
      // Oct 1–7 off; Thu 8 (1), Fri 9 (2), make-up Sat 10 (3), Mon 12 (4), Tue 13 (5)
      assertThat(calendar.plusWorkingDays(beijing("2026-09-30T10:00"), 5))
          .isEqualTo(beijing("2026-10-13T10:00"));
    }

    @Test
    void aStartOnMidAutumnCountsFromTheNextWorkingDay() {
      // Fri 25 – Sun 27 Mid-Autumn; Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 10-08 (4), Fri 10-09 (5)
      assertThat(calendar.plusWorkingDays(beijing("2026-09-25T10:00"), 5))
          .isEqualTo(beijing("2026-10-09T10:00"));
      assertThat(calendar.plusWorkingDays(beijing("2026-09-24T10:00"), 1))
          .isEqualTo(beijing("2026-09-28T10:00"));
    }

    @Test
    void theMakeUpSundayBeforeMidAutumnCounts() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
      assertThat(calendar.plusWorkingDays(beijing("2026-09-18T17:00"), 1))
          .isEqualTo(beijing("2026-09-20T17:00"));
    }

    @Test
    void countingBackwardsFindsTheStartAgain() {
      assertThat(calendar.addWorkingDays(LocalDate.parse("2026-10-13"), -5))
          .isEqualTo(LocalDate.parse("2026-09-30"));
    }
  }

  @Nested
  class SpringFestival2026 {

    @Test
    void theMakeUpSaturdaysAreWorkingDays() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-21"))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
    }

    @Test
    void theHolidayWeekIsSkippedAndItsMakeUpSaturdayCounted() {
      // Fri 13 (1), make-up Sat 14 (2), Feb 15–23 off, Tue 24 (3)
      assertThat(calendar.plusWorkingDays(beijing("2026-02-12T16:30"), 3))
          .isEqualTo(beijing("2026-02-24T16:30"));
      assertThat(calendar.plusWorkingDays(beijing("2026-02-13T09:00"), 1))
          .isEqualTo(beijing("2026-02-14T09:00"));
    }

    @Test
    void theSecondMakeUpSaturdayCounts() {
      // Thu 26 (1), Fri 27 (2), make-up Sat 28 (3)
      assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-25"), 3))
          .isEqualTo(LocalDate.parse("2026-02-28"));
    }
  }

  @Test
  void nationalDay2025EndsOnTheEighthAndItsMakeUpSaturdayCounts() {
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-09-30"), 1))
        .isEqualTo(LocalDate.parse("2025-10-09"));
    assertThat(calendar.addWorkingDays(LocalDate.parse("2025-09-30"), 3))
        .isEqualTo(LocalDate.parse("2025-10-11"));
  }

  @Test
  void aWeekendStartLandsOnMondayAtTheSameTime() {
    assertThat(calendar.plusWorkingDays(beijing("2026-03-07T10:00"), 1))
        .isEqualTo(beijing("2026-03-09T10:00"));
    assertThat(calendar.plusWorkingDays(beijing("2026-03-08T23:30"), 1))
        .isEqualTo(beijing("2026-03-09T23:30"));
  }

  @Test
  void zeroDaysIsTheStartItselfEvenOnAHoliday() {
    assertThat(calendar.plusWorkingDays(beijing("2026-10-03T10:00"), 0))
        .isEqualTo(beijing("2026-10-03T10:00"));
    assertThat(calendar.plus(beijing("2026-10-03T10:00"), "P0D", true))
        .isEqualTo(beijing("2026-10-03T10:00"));
  }

  @Test
  void daysEndAtMidnightInBeijingWhateverTheCallersZone() {
    // 17:00 UTC on Sep 30 is 01:00 on Oct 1 in Beijing, a holiday
    ZonedDateTime start = ZonedDateTime.parse("2026-09-30T17:00Z");
    ZonedDateTime due = calendar.plusWorkingDays(start, 1);
    assertThat(due.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(due.withZoneSameInstant(WorkingDayCalendar.ZONE))
        .isEqualTo(beijing("2026-10-08T01:00"));
  }

  @Nested
  class IsoDurations {

    @Test
    void theDayPartCountsWorkingDaysAndTheHoursTheClock() {
      assertThat(calendar.plus(beijing("2026-09-30T10:00"), "P1DT4H", true))
          .isEqualTo(beijing("2026-10-08T14:00"));
      assertThat(calendar.plus(beijing("2026-09-30T10:00"), "P5D", true))
          .isEqualTo(beijing("2026-10-13T10:00"));
    }

    @Test
    void hoursRunThroughNightsAndHolidays() {
      assertThat(calendar.plus(beijing("2026-03-06T22:00"), "PT4H", true))
          .isEqualTo(beijing("2026-03-07T02:00"));
      assertThat(calendar.plus(beijing("2026-09-30T17:00"), "PT24H", true))
          .isEqualTo(beijing("2026-10-01T17:00"));
    }

    @Test
    void withoutWorkingDaysItIsCalendarTime() {
      assertThat(calendar.plus(beijing("2026-09-30T10:00"), "P5D", false))
          .isEqualTo(beijing("2026-10-05T10:00"));
      assertThat(calendar.plus(beijing("2026-09-30T10:00"), "P1M", false))
          .isEqualTo(beijing("2026-10-30T10:00"));
    }

    @Test
    void workingDaysRefuseWeeksMonthsAndYears() {
      for (String duration : new String[] {"P2W", "P1M", "P1Y", "P1M2D"}) {
        assertThatThrownBy(() -> calendar.plus(beijing("2026-09-30T10:00"), duration, true))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("days only")
            .hasMessageContaining(duration);
      }
    }

    @Test
    void somethingElseIsNotADuration() {
      for (String duration : new String[] {"5D", "P", "PXD", "P1DT"}) {
        assertThatThrownBy(() -> calendar.plus(beijing("2026-09-30T10:00"), duration, true))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("not an ISO 8601 duration");
      }
    }
  }

  @Nested
  class UnpublishedYears {

    @Test
    void countTheOrdinaryWeekAndWarnOncePerYear() {
      Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
      ListAppender<ILoggingEvent> logged = new ListAppender<>();
      logged.start();
      logger.addAppender(logged);
      try {
        WorkingDayCalendar fresh = WorkingDayCalendar.bundled();
        // 2027-01-01 is a Friday: New Year's Day in fact, but the notice is not loaded
        assertThat(fresh.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(fresh.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
        // Thu 31 (1), Fri 2027-01-01 (2), Mon 4 (3), Tue 5 (4), Wed 6 (5)
        assertThat(fresh.plusWorkingDays(beijing("2026-12-30T10:00"), 5))
            .isEqualTo(beijing("2027-01-06T10:00"));
        fresh.isWorkingDay(LocalDate.parse("2024-12-31"));

        assertThat(logged.list)
            .filteredOn(e -> e.getLevel() == Level.WARN)
            .extracting(ILoggingEvent::getFormattedMessage)
            .hasSize(2)
            .anySatisfy(m -> assertThat(m).contains("notice for 2027 is not loaded"))
            .anySatisfy(m -> assertThat(m).contains("notice for 2024 is not loaded"));
      } finally {
        logger.detachAppender(logged);
      }
    }

    @Test
    void publishedYearsDoNotWarn() {
      Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
      ListAppender<ILoggingEvent> logged = new ListAppender<>();
      logged.start();
      logger.addAppender(logged);
      try {
        WorkingDayCalendar.bundled().addWorkingDays(LocalDate.parse("2025-01-01"), 400);
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
      } finally {
        logger.detachAppender(logged);
      }
    }
  }

  @Nested
  class HolidayFiles {

    private WorkingDayCalendar load(String yaml) {
      return WorkingDayCalendar.load(
          new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test holidays"));
    }

    @Test
    void aMistakeStopsTheLoadAndEveryMistakeIsNamed() {
      String yaml =
          """
          2026:
            off:
              - {from: 2026-12-31, to: 2027-01-01, name: 元旦}
              - {from: 2026-05-05, to: 2026-05-01, name: 劳动节}
            workdays: [2026-05-06]
          2027: {published: false, workdays: [2027-01-09]}
          """;
      assertThatThrownBy(() -> load(yaml))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("lies outside 2026")
          .hasMessageContaining("ends before it starts")
          .hasMessageContaining("2026-05-06 is a weekday")
          .hasMessageContaining("2027: marked published: false but lists dates");
    }

    @Test
    void aMisspeltKeyStopsTheLoad() {
      assertThatThrownBy(() -> load("2026:\n  workday: [2026-02-14]\n"))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("cannot read the holiday file Byte array resource [test holidays]")
          .hasRootCauseInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void anotherFileIsReadFromItsLocation() {
      WorkingDayCalendar only2025 =
          load("2025:\n  off:\n    - {from: 2025-01-01, to: 2025-01-01, name: 元旦}\n");
      assertThat(only2025.publishedYears()).containsExactly(2025);
      assertThat(only2025.isWorkingDay(LocalDate.parse("2025-01-01"))).isFalse();
    }
  }

  @Test
  void springReadsTheLocationProperty() {
    new ApplicationContextRunner()
        .withBean(WorkingDayCalendar.class)
        .withBean(WorkingDaysBusinessCalendarPlugin.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(WorkingDayCalendar.class).publishedYears())
                  .containsExactly(2025, 2026);
              assertThat(context).hasSingleBean(WorkingDaysBusinessCalendarPlugin.class);
            });
    new ApplicationContextRunner()
        .withBean(WorkingDayCalendar.class)
        .withPropertyValues("gridcase.calendar.location=classpath:calendar/missing.yaml")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void theMarkerIsASuffix() {
    assertThat(WorkingDaysMarker.isoDuration("P5D working-days")).contains("P5D");
    assertThat(WorkingDaysMarker.isoDuration("  p1dt4h  Working-Days ")).contains("p1dt4h");
    assertThat(WorkingDaysMarker.isoDuration("P1D working-day")).contains("P1D");
    assertThat(WorkingDaysMarker.isoDuration("P5D")).isEmpty();
    assertThat(WorkingDaysMarker.isoDuration("P5D workdays")).isEmpty();
    assertThat(WorkingDaysMarker.isoDuration("2026-10-13T10:00:00")).isEmpty();
    assertThat(WorkingDaysMarker.mark("P5D")).isEqualTo("P5D working-days");
  }
}
