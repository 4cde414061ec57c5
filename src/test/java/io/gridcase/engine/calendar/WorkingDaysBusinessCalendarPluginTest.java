package io.gridcase.engine.calendar;

import io.gridcase.sla.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timers and task due dates of a real (in-memory) engine, with the plugin applied. */
class WorkingDaysBusinessCalendarPluginTest {

  private static final String PROCESS = "WorkingDaysProbe";

  private static ProcessEngine engine;
  private RepositoryService repository;
  private RuntimeService runtime;
  private ManagementService management;
  private TaskService tasks;

  @BeforeAll
  static void buildEngine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("working-days-calendar-test")
                .setJdbcUrl("jdbc:h2:mem:working-days-calendar-test;DB_CLOSE_DELAY=1000")
                .setJobExecutorActivate(false);
    configuration
        .getProcessEnginePlugins()
        .add(new WorkingDaysBusinessCalendarPlugin(WorkingDayCalendar.bundled()));
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void services() {
    repository = engine.getRepositoryService();
    runtime = engine.getRuntimeService();
    management = engine.getManagementService();
    tasks = engine.getTaskService();
    ClockUtil.setCurrentTime(at("2026-09-30T10:00"));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  private static Date at(String beijingLocalDateTime) {
    return Date.from(
        LocalDateTime.parse(beijingLocalDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
  }

  private static ZonedDateTime beijing(Date date) {
    return date.toInstant().atZone(WorkingDayCalendar.ZONE);
  }

  private void deployTimer(String duration) {
    deploy(
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("Timer_Wait")
            .timerWithDuration(duration)
            .endEvent()
            .done());
  }

  private void deploy(BpmnModelInstance model) {
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  private Job timer() {
    return management.createJobQuery().timers().singleResult();
  }

  @Test
  void aWorkingDaysTimerSkipsNationalDayAndCountsTheMakeUpSaturday() {
    deployTimer("P5D working-days");
    String id = runtime.startProcessInstanceByKey(PROCESS).getId();

    assertThat(beijing(timer().getDuedate()))
        .isEqualTo(LocalDateTime.parse("2026-10-13T10:00").atZone(WorkingDayCalendar.ZONE));

    ClockUtil.setCurrentTime(at("2026-10-13T09:59"));
    assertThat(management.createJobQuery().executable().count()).isZero();
    ClockUtil.setCurrentTime(at("2026-10-13T10:00"));
    management.executeJob(management.createJobQuery().executable().singleResult().getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
  }

  @Test
  void aRecalculatedTimerCountsFromItsCreationOrFromNow() {
    deployTimer("P5D working-days");
    runtime.startProcessInstanceByKey(PROCESS);
    ClockUtil.setCurrentTime(at("2026-10-09T09:00"));

    management.recalculateJobDuedate(timer().getId(), true);
    assertThat(timer().getDuedate()).isEqualTo(at("2026-10-13T10:00"));

    // from Fri 9: make-up Sat 10 (1), Mon 12 (2) … Thu 15 (5)
    management.recalculateJobDuedate(timer().getId(), false);
    assertThat(timer().getDuedate()).isEqualTo(at("2026-10-15T09:00"));
  }

  @Test
  void aPlainDurationKeepsCamundasBehaviour() {
    deployTimer("PT1H");
    runtime.startProcessInstanceByKey(PROCESS);
    assertThat(timer().getDuedate()).isEqualTo(at("2026-09-30T11:00"));
  }

  @Test
  void plainDaysAreCalendarDays() {
    deployTimer("P5D");
    runtime.startProcessInstanceByKey(PROCESS);
    assertThat(timer().getDuedate()).isEqualTo(at("2026-10-05T10:00"));
  }

  @Test
  void aDurationFromAVariableMayCarryTheMarkerAndClockHours() {
    deployTimer("${replyDeadline}");
    runtime.startProcessInstanceByKey(PROCESS, Map.of("replyDeadline", "P1DT4H working-days"));
    assertThat(timer().getDuedate()).isEqualTo(at("2026-10-08T14:00"));
  }

  @Test
  void aTimerDateIsStillADate() {
    deploy(
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("Timer_Until")
            .timerWithDate("2026-10-20T12:00:00+08:00")
            .endEvent()
            .done());
    runtime.startProcessInstanceByKey(PROCESS);
    assertThat(timer().getDuedate()).isEqualTo(at("2026-10-20T12:00"));
  }

  @Test
  void aTaskDueDateMayCountWorkingDaysAndACycleStillRepeats() {
    deploy(
        Bpmn.createExecutableProcess(PROCESS)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("Task_ReplyToCitizen")
            .camundaDueDate("P5D working-days")
            .camundaFollowUpDate("P1D")
            .boundaryEvent("BoundaryEvent_Remind")
            .cancelActivity(false)
            .timerWithCycle("R3/PT2H")
            .endEvent()
            .moveToActivity("Task_ReplyToCitizen")
            .endEvent()
            .done());
    runtime.startProcessInstanceByKey(PROCESS);

    var task = tasks.createTaskQuery().singleResult();
    assertThat(task.getDueDate()).isEqualTo(at("2026-10-13T10:00"));
    assertThat(task.getFollowUpDate()).isEqualTo(at("2026-10-01T10:00"));
    Job reminder = timer();
    assertThat(reminder.getDuedate()).isEqualTo(at("2026-09-30T12:00"));

    ClockUtil.setCurrentTime(at("2026-09-30T12:00"));
    management.executeJob(reminder.getId());
    assertThat(timer().getDuedate()).isEqualTo(at("2026-09-30T14:00"));
  }

  @Test
  void aMisspeltMarkerFailsInsteadOfCountingCalendarDays() {
    deployTimer("P5D workdays");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("P5D workdays");
  }

  @Test
  void weeksInWorkingDaysAreRefusedWithTheValueNamed() {
    deployTimer("P2W working-days");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("'P2W working-days'")
        .hasMessageContaining("days only");
  }
}
