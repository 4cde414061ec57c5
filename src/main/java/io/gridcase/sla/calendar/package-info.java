/**
 * Deadlines in Chinese working days.
 *
 * <p>{@link io.gridcase.sla.calendar.WorkingDayCalendar} knows which dates people work, from the
 * State Council holiday notices in {@code calendar/cn-public-holidays.yaml}
 * ({@code gridcase.calendar.location}), and counts working days.
 * {@code io.gridcase.engine.calendar.WorkingDaysBusinessCalendarPlugin} (the engine room) lets BPMN timers and task due
 * dates say {@code P5D working-days} ({@link io.gridcase.sla.calendar.WorkingDaysMarker}). See
 * {@code docs/calendar.md}.
 */
package io.gridcase.sla.calendar;
