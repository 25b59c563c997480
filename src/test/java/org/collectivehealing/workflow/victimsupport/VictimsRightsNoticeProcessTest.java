package org.collectivehealing.workflow.victimsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.collectivehealing.workflow.testing.ProcessTests.passTime;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.collectivehealing.workflow.deadlines.DueDates;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The police's rights-notice case: the state's deadline from the decision, escalation, refusal of bad input. */
@Deployment(resources = {"processes/victims-rights-notice.bpmn", "processes/rights-notice.dmn",
    "forms/victim-support/give-rights-notice.form", "forms/victim-support/overdue-step.form"})
class VictimsRightsNoticeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("process-test-engine.cfg.xml").assertClassCoverageAtLeast(0.9).build();

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  @BeforeEach
  void setUp() {
    ProcessTests.assertOn(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(T0));
    Mocks.register("due", new DueDates());
  }

  @AfterEach
  void tearDown() {
    resetClockAndMocks();
  }

  @Test
  void policeGiveTheNoticeByTheirStatesDeadline() {
    ProcessInstance texas = start("TX");
    Task notice = taskAt("UserTask_GiveRightsNotice", texas);
    assertThat(notice).hasCandidateGroup("police");
    assertThat(notice.getDueDate()).as("initial-contact state").isEqualTo(Date.from(T0.plus(Duration.ofHours(4))));
    assertThat(runtimeService().getVariables(texas.getId())).doesNotContainKey("rightsNotice")
        .containsEntry("rightsNoticeConfidential", false);

    complete(notice, notice());
    assertThat(texas).isEnded().hasPassed("EndEvent_RightsNoticeGiven");

    ProcessInstance other = start("WA");
    assertThat(taskAt("UserTask_GiveRightsNotice", other).getDueDate()).as("any other state")
        .isEqualTo(Date.from(T0.plus(Duration.ofHours(72))));
  }

  @Test
  void aMissedDeadlineIsChasedByPoliceWhileTheNoticeStaysOpen() {
    ProcessInstance dakota = start("SD");
    passTime(dakota, Duration.ofHours(25));
    Task chase = taskAt("UserTask_FollowUpOverdueRightsNotice", dakota);
    assertThat(chase).hasCandidateGroup("police");
    complete(chase, Map.of("overdueReason", "could-not-reach", "overdueActionTaken", "Second visit booked"));
    assertThat(dakota).hasPassed("EndEvent_RightsNoticeOverdueFollowedUp").isWaitingAt("UserTask_GiveRightsNotice");
  }

  @Test
  void aNoticeWithoutItsMethodIsRefusedAndNothingChanges() {
    ProcessInstance texas = start("TX");
    Task notice = taskAt("UserTask_GiveRightsNotice", texas);
    Map<String, Object> incomplete = new HashMap<>(notice());
    incomplete.remove("rightsNoticeMethod");
    assertThatThrownBy(() -> complete(notice, incomplete)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("rightsNoticeMethod");
    assertThat(texas).isWaitingAt("UserTask_GiveRightsNotice");
  }

  static ProcessInstance start(String state) {
    return runtimeService().startProcessInstanceByKey("victims-rights-notice", "HOU-2026-0007-V1",
        Map.of("site", "houston", "victimCaseNumber", "HOU-2026-0007-V1", "siteState", state,
            "contactFirstName", "Amara", "contactLastName", "Example"));
  }

  static Map<String, Object> notice() {
    return Map.of("rightsNoticeGivenAt", "2026-11-26T12:00+00:00", "rightsNoticeMethod", "in-person",
        "rightsNoticeLanguage", "spanish");
  }
}
