package io.gridcase.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * China's working days: Monday to Friday, minus the public holidays of the State Council notice,
 * plus its make-up working days (调休上班). The holidays come from the file at
 * {@code gridcase.calendar.location} (default {@value #DEFAULT_LOCATION}), read once at start-up;
 * the calendar does not change afterwards. Day boundaries are those of {@link #ZONE}.
 *
 * <p><b>Counting.</b> As Chinese law counts periods (民法典 第二百零一条: the starting day is not
 * counted, counting begins the next day), N working days from a moment end at the same clock time
 * on the Nth working day after the starting date, whether or not the starting date itself is a
 * working day. A case dispatched on Wednesday 2026-09-30 at 10:00 with 5 working days is due on
 * Tuesday 2026-10-13 at 10:00 (National Day, then the make-up Saturday 10-10 counts); one dispatched
 * on Saturday 10:00 with 1 working day is due on Monday 10:00. Zero days is the start itself.
 *
 * <p><b>Years without a notice.</b> The State Council publishes each year's notice in the previous
 * November or so. For a year the file does not publish (2027 at the time of writing, or a year
 * before the first one) the calendar falls back to the ordinary Monday–Friday week and logs a
 * WARN, once per year and process, naming the year and the file to update. It does not throw: a
 * live hotline opens cases in late December whose deadlines run into January, and a deadline that
 * may miss a holiday is better than a case that cannot move. Code that needs certainty asks
 * {@link #covers(LocalDate)} first.
 */
@Component
public class WorkingDayCalendar {

  public static final String DEFAULT_LOCATION = "classpath:calendar/cn-public-holidays.yaml";

  /** Where days begin and end: China has one time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final String source;
  private final Set<Integer> publishedYears;
  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> makeUpWorkdays;
  /** Bookkeeping for the once-per-year WARN; the calendar itself never changes. */
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  @Autowired
  public WorkingDayCalendar(
      @Value("${gridcase.calendar.location:" + DEFAULT_LOCATION + "}") String location,
      ResourceLoader resources) {
    this(read(resources.getResource(location)), location);
  }

  private WorkingDayCalendar(HolidayFile file, String source) {
    this.source = source;
    Set<Integer> published = new TreeSet<>();
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    file.years()
        .forEach(
            (year, entry) -> {
              if (!entry.isPublished()) {
                return;
              }
              published.add(year);
              entry.off().forEach(o -> o.from().datesUntil(o.to().plusDays(1)).forEach(off::add));
              workdays.addAll(entry.workdays());
            });
    this.publishedYears = Collections.unmodifiableSet(published);
    this.daysOff = Set.copyOf(off);
    this.makeUpWorkdays = Set.copyOf(workdays);
    log.info("Working-day calendar {} covers {}", source, publishedYears);
  }

  /** A calendar from any holiday file, for tests and tools. */
  public static WorkingDayCalendar load(Resource resource) {
    return new WorkingDayCalendar(read(resource), resource.getDescription());
  }

  /** The calendar the application ships with ({@value #DEFAULT_LOCATION}). */
  public static WorkingDayCalendar bundled() {
    return load(new ClassPathResource("calendar/cn-public-holidays.yaml"));
  }

  private static HolidayFile read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return HolidayFile.read(in, resource.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the holiday file " + resource, e);
    }
  }

  /** The years whose State Council notice is loaded, ascending. */
  public Set<Integer> publishedYears() {
    return publishedYears;
  }

  /** Whether the date's year is published, so {@link #isWorkingDay} answers from the notice. */
  public boolean covers(LocalDate date) {
    return publishedYears.contains(date.getYear());
  }

  /**
   * Whether people work on that date: a make-up working day is one, a public holiday is not,
   * otherwise Monday to Friday. A year that is not published counts by the ordinary week (WARN).
   */
  public boolean isWorkingDay(LocalDate date) {
    if (!covers(date)) {
      warnOnce(date.getYear());
      return !HolidayFile.isWeekend(date);
    }
    if (daysOff.contains(date)) {
      return false;
    }
    return makeUpWorkdays.contains(date) || !HolidayFile.isWeekend(date);
  }

  /**
   * The {@code days}th working day after {@code start} (before it, if negative); {@code start}
   * itself is never counted, and 0 returns it unchanged.
   */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    int step = Integer.signum(days);
    int left = Math.abs(days);
    LocalDate date = start;
    while (left > 0) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /**
   * The same clock time (in {@link #ZONE}) on the {@code days}th working day after the start's
   * date; see the class comment for why a start on a holiday needs no special rule. The result is
   * in the start's zone.
   */
  public ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
    ZonedDateTime local = start.withZoneSameInstant(ZONE);
    LocalDate date = addWorkingDays(local.toLocalDate(), days);
    return ZonedDateTime.of(date, local.toLocalTime(), ZONE).withZoneSameInstant(start.getZone());
  }

  /**
   * Adds a duration written the ISO way ({@code P5D}, {@code P1DT4H}, {@code PT1H}). With
   * {@code workingDays} the day part counts working days and only days are allowed there
   * ({@code P2W} is refused: write {@code P10D}); the time part is always clock time, added after
   * the days. Without it this is plain calendar arithmetic, as Camunda does it.
   *
   * @throws IllegalArgumentException when the text is not an ISO duration, or names weeks, months
   *     or years with {@code workingDays}
   */
  public ZonedDateTime plus(ZonedDateTime start, String isoDuration, boolean workingDays) {
    String text = isoDuration.trim().toUpperCase(Locale.ROOT);
    if (!text.startsWith("P")) {
      throw new IllegalArgumentException("not an ISO 8601 duration: '" + isoDuration + "'");
    }
    int t = text.indexOf('T');
    String datePart = t < 0 ? text : text.substring(0, t);
    String timePart = t < 0 ? "" : text.substring(t);
    if (workingDays && datePart.matches(".*[YMW].*")) {
      throw new IllegalArgumentException(
          "working days count days only, not weeks, months or years: '" + isoDuration + "'");
    }
    try {
      Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse("P" + timePart);
      if (datePart.equals("P") && timePart.isEmpty()) {
        throw new IllegalArgumentException("empty duration");
      }
      return plus(start, period, time, workingDays);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO 8601 duration: '" + isoDuration + "'", e);
    }
  }

  /**
   * Adds {@code datePart}, in working days if asked (days only, then), and then {@code timePart}
   * as clock time.
   */
  public ZonedDateTime plus(
      ZonedDateTime start, Period datePart, Duration timePart, boolean workingDays) {
    ZonedDateTime dated;
    if (workingDays) {
      if (datePart.getYears() != 0 || datePart.getMonths() != 0) {
        throw new IllegalArgumentException(
            "working days count days only, not months or years: " + datePart);
      }
      dated = plusWorkingDays(start, datePart.getDays());
    } else {
      dated = start.plus(datePart);
    }
    return dated.plus(timePart);
  }

  private void warnOnce(int year) {
    if (warnedYears.add(year)) {
      log.warn(
          "The State Council holiday notice for {} is not loaded ({} covers {}): dates in {} are"
              + " counted Monday to Friday, so deadlines may fall on its public holidays or skip"
              + " its make-up working days. Add {} to the holiday file.",
          year,
          source,
          publishedYears,
          year,
          year);
    }
  }
}
