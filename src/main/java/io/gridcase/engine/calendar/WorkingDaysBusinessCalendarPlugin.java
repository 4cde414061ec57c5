package io.gridcase.engine.calendar;

import io.gridcase.sla.calendar.WorkingDayCalendar;
import io.gridcase.sla.calendar.WorkingDaysMarker;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Teaches Camunda Chinese working days. A timer or due date written with the marker of
 * {@link WorkingDaysMarker} is counted by the {@link WorkingDayCalendar}:
 *
 * <pre>
 *   &lt;bpmn:timeDuration&gt;P5D working-days&lt;/bpmn:timeDuration&gt;       5 working days, same clock time
 *   &lt;bpmn:timeDuration&gt;P1DT4H working-days&lt;/bpmn:timeDuration&gt;    1 working day, then 4 clock hours
 *   &lt;bpmn:timeDuration&gt;${replyDeadline}&lt;/bpmn:timeDuration&gt;      a variable (or DMN output) holding either
 *   camunda:dueDate="P5D working-days"                               a user task's due date
 * </pre>
 *
 * <p>Everything else keeps Camunda's behaviour: plain ISO durations ({@code PT1H}, {@code P7D} are
 * calendar time), dates, and the {@code cycle} calendar are untouched. The plugin wraps the
 * engine's own {@code duration} calendar (timer durations) and {@code dueDate} calendar (timer
 * dates, task due and follow-up dates) and hands every unmarked value to them. A marked value
 * counts from the engine clock ({@link ClockUtil}), or from the timer's creation time when Camunda
 * recalculates a timer by creation date.
 *
 * <p>Camunda has no public API for business calendars, so this class
 * uses {@code org.camunda.bpm.engine.impl} types; the calendar itself ({@code sla.calendar}) knows nothing of Camunda.
 * The Camunda Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class WorkingDaysBusinessCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  public WorkingDaysBusinessCalendarPlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** After init, so the engine's own calendars exist (or another plugin's) and can be wrapped. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendarManager engineCalendars = configuration.getBusinessCalendarManager();
    BusinessCalendar duration =
        new WorkingDaysAware(engineCalendars.getBusinessCalendar(DurationBusinessCalendar.NAME));
    BusinessCalendar dueDate =
        new WorkingDaysAware(engineCalendars.getBusinessCalendar(DueDateBusinessCalendar.NAME));
    configuration.setBusinessCalendarManager(
        name -> {
          if (DurationBusinessCalendar.NAME.equals(name)) {
            return duration;
          }
          if (DueDateBusinessCalendar.NAME.equals(name)) {
            return dueDate;
          }
          return engineCalendars.getBusinessCalendar(name);
        });
  }

  /** Marked values through the working-day calendar, the rest to the engine's calendar. */
  private final class WorkingDaysAware implements BusinessCalendar {

    private final BusinessCalendar engineCalendar;

    WorkingDaysAware(BusinessCalendar engineCalendar) {
      this.engineCalendar = engineCalendar;
    }

    @Override
    public Date resolveDuedate(String value) {
      Optional<String> iso = WorkingDaysMarker.isoDuration(value);
      return iso.isPresent() ? from(ClockUtil.getCurrentTime(), iso.get(), value)
          : engineCalendar.resolveDuedate(value);
    }

    @Override
    public Date resolveDuedate(String value, Date startDate) {
      Optional<String> iso = WorkingDaysMarker.isoDuration(value);
      if (iso.isEmpty()) {
        return engineCalendar.resolveDuedate(value, startDate);
      }
      return from(startDate != null ? startDate : ClockUtil.getCurrentTime(), iso.get(), value);
    }

    @Override
    public Date resolveDuedate(String value, Task task) {
      Optional<String> iso = WorkingDaysMarker.isoDuration(value);
      return iso.isPresent() ? from(ClockUtil.getCurrentTime(), iso.get(), value)
          : engineCalendar.resolveDuedate(value, task);
    }

    private Date from(Date start, String iso, String value) {
      try {
        ZonedDateTime begin = start.toInstant().atZone(WorkingDayCalendar.ZONE);
        return Date.from(calendar.plus(begin, iso, true).toInstant());
      } catch (IllegalArgumentException e) {
        throw new ProcessEngineException(
            "cannot resolve '" + value + "' in working days: " + e.getMessage(), e);
      }
    }
  }
}
