package io.gridcase.sla;

import io.gridcase.sla.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Turns a limit from the deadline-profile decision into dates: the deadline, the reminder at a
 * share of the way there, and the escalation at a multiple of the limit. Working-day limits go
 * through the Chinese working-day calendar.
 */
@Component
public class DeadlineCalculator {

  private final WorkingDayCalendar calendar;

  public DeadlineCalculator(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Schedule schedule(OffsetDateTime start, String limit, boolean workingDays, double reminderShare, int escalationFactor) {
    ZonedDateTime from = start.atZoneSameInstant(WorkingDayCalendar.ZONE);
    ZonedDateTime due = calendar.plus(from, limit, workingDays);
    ZonedDateTime escalate = from;
    for (int i = 0; i < escalationFactor; i++) {
      escalate = calendar.plus(escalate, limit, workingDays);
    }
    long toDue = Duration.between(from, due).toMillis();
    ZonedDateTime reminder = from.plus(Duration.ofMillis(Math.round(toDue * reminderShare)));
    return new Schedule(reminder.toOffsetDateTime(), due.toOffsetDateTime(), escalate.toOffsetDateTime());
  }

  /** A due date fixed elsewhere: the reminder at its share of the way there, the escalation at the factor times the span. */
  public Schedule scheduleUntil(OffsetDateTime start, OffsetDateTime due, double reminderShare, int escalationFactor) {
    ZonedDateTime from = start.atZoneSameInstant(WorkingDayCalendar.ZONE);
    ZonedDateTime to = due.atZoneSameInstant(WorkingDayCalendar.ZONE);
    Duration span = Duration.between(from, to);
    return new Schedule(
        from.plus(Duration.ofMillis(Math.round(span.toMillis() * reminderShare))).toOffsetDateTime(),
        to.toOffsetDateTime(),
        from.plus(span.multipliedBy(escalationFactor)).toOffsetDateTime());
  }

  /** An approved extension moves every date of the schedule by the same limit. */
  public Schedule extend(Schedule schedule, String extendBy, boolean workingDays) {
    return new Schedule(
        plus(schedule.reminderAt(), extendBy, workingDays),
        plus(schedule.dueAt(), extendBy, workingDays),
        plus(schedule.escalateAt(), extendBy, workingDays));
  }

  private OffsetDateTime plus(OffsetDateTime at, String limit, boolean workingDays) {
    return calendar.plus(at.atZoneSameInstant(WorkingDayCalendar.ZONE), limit, workingDays).toOffsetDateTime();
  }
}
