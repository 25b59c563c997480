package org.collectivehealing.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Task look-ups and clock moves shared by the engine tests of the processes, which all run on the engine of
 * process-test-engine.cfg.xml with a fixed clock.
 */
public final class ProcessTests {

  private ProcessTests() {
  }

  /** The open task of the instance at the given user task, or null when there is none. */
  public static Task taskAt(String definitionKey, ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey).singleResult();
  }

  /** The engine clock moved on by the delay: what a due date computed now should be. */
  public static Date after(Duration delay) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(delay));
  }

  /**
   * Checks the instance's timer at activityId is due exactly when the model says, moves the clock a minute past
   * it and fires it.
   */
  public static void fireTimer(ProcessInstance instance, String activityId, Date expectedDueDate) {
    Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(timer).as("timer of " + activityId).isNotNull();
    assertThat(timer.getDuedate()).isEqualTo(expectedDueDate);
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES)));
    managementService().executeJob(timer.getId());
  }

  /** Moves the clock to the job's due date, not past it, and executes the job. */
  public static void fireAtDueDate(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService().executeJob(timer.getId());
  }

  /** Moves the clock on and fires every timer of the instance that is then due. */
  public static void passTime(ProcessInstance instance, Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    for (Job job : managementService().createJobQuery().processInstanceId(instance.getId()).timers().executable()
        .list()) {
      managementService().executeJob(job.getId());
    }
  }

  /** Undoes a test's fixed clock and registered mock beans so that they cannot leak into the next test. */
  public static void resetClockAndMocks() {
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /**
   * Points BPM Assert at this test's engine: a Spring Boot test run earlier in the same JVM leaves its own
   * engine registered, and BPM Assert would otherwise refuse to choose between the two.
   */
  public static void assertOn(ProcessEngine processEngine) {
    BpmnAwareTests.init(processEngine);
  }
}
