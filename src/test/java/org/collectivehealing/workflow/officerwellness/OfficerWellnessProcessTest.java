package org.collectivehealing.workflow.officerwellness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.collectivehealing.workflow.testing.ProcessTests.after;
import static org.collectivehealing.workflow.testing.ProcessTests.fireAtDueDate;
import static org.collectivehealing.workflow.testing.ProcessTests.fireTimer;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uses a stand-in for the wellness-path decision (src/test/resources/stubs): shooter or anyone else. */
@Deployment(resources = {"processes/officer-wellness.bpmn", "stubs/wellness-path-stub.dmn",
    "forms/officer-wellness/record-officer-involvement.form", "forms/officer-wellness/assign-peer-supporter.form",
    "forms/officer-wellness/clinician-check-in.form", "forms/officer-wellness/record-debrief-attendance.form",
    "forms/officer-wellness/follow-up-with-officer.form", "forms/officer-wellness/close-wellness-case.form",
    "forms/officer-wellness/follow-up-overdue-wellness-step.form"})
class OfficerWellnessProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  static final Date OPENED = new Date(1_790_000_000_000L);
  static final Date INCIDENT = Date.from(OPENED.toInstant().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES));

  @BeforeEach
  void setClock() {
    ProcessTests.assertOn(extension.getProcessEngine());
    ClockUtil.setCurrentTime(OPENED);
  }

  @AfterEach
  void tearDown() {
    resetClockAndMocks();
  }

  @Test
  void anOfficerWhoFiredGetsASameDayPeerAClinicianADebriefAndThreeFollowUps() {
    ProcessInstance wellness = start();
    Task record = taskAt("UserTask_RecordInvolvement", wellness);
    assertThat(record).hasCandidateGroup("wellness").hasName("Record the officer's involvement");
    assertThat(record.getDueDate()).isEqualTo(after(Duration.ofHours(4)));
    recordInvolvement(record, "shooter");

    assertThat(runtimeService().getVariables(wellness.getId())).containsEntry("clinicianMandatory", true)
        .containsEntry("peerAssignment", "same-day").containsEntry("groupDebrief", true)
        .containsEntry("followUps", "P7D,P30D,P90D");
    assertThat(wellness).isWaitingAt("UserTask_AssignPeerSupporter", "UserTask_RecordDebriefAttendance",
        "TimerEvent_FollowUpDue");
    assertThat(taskAt("UserTask_AssignPeerSupporter", wellness).getDueDate()).isEqualTo(after(Duration.ofHours(8)));
    Task debrief = taskAt("UserTask_RecordDebriefAttendance", wellness);
    assertThat(debrief.getDueDate()).isEqualTo(Date.from(INCIDENT.toInstant().plus(72, ChronoUnit.HOURS)));
    assertThat(followUpTimers(wellness)).extracting(Job::getDuedate).containsExactly(after(Duration.ofDays(7)),
        after(Duration.ofDays(30)), after(Duration.ofDays(90)));

    complete(taskAt("UserTask_AssignPeerSupporter", wellness), peerAssigned());
    Task clinician = taskAt("UserTask_ClinicianCheckIn", wellness);
    assertThat(clinician).hasCandidateGroup("wellness");
    assertThat(clinician.getDueDate()).isEqualTo(after(Duration.ofDays(3)));
    complete(clinician, withVariables("clinicianCheckInOn", "2026-09-23", "clinicianCheckInAttendance", "attended"));
    complete(debrief, withVariables("debriefHeldAt", "2026-09-23T16:00+00:00", "debriefAttendance", "attended"));

    completeAllFollowUps(wellness);
    closeCase(wellness);

    assertThat(wellness).hasPassed("BusinessRuleTask_DecideWellnessPath", "UserTask_ClinicianCheckIn",
        "UserTask_RecordDebriefAttendance", "Gateway_AllTracksDone", "EndEvent_WellnessCaseClosed").isEnded();
    assertThat(historicFollowUps(wellness)).isEqualTo(3);
  }

  @Test
  void aWitnessGetsAPeerWithin24HoursAndTheFollowUpsOnly() {
    ProcessInstance wellness = start();
    recordInvolvement(taskAt("UserTask_RecordInvolvement", wellness), "witness");

    assertThat(wellness).isWaitingAt("UserTask_AssignPeerSupporter", "TimerEvent_FollowUpDue")
        .hasPassed("Gateway_DebriefStepDone");
    assertThat(taskAt("UserTask_AssignPeerSupporter", wellness).getDueDate()).isEqualTo(after(Duration.ofHours(24)));
    assertThat(followUpTimers(wellness)).extracting(Job::getDuedate).containsExactly(after(Duration.ofDays(7)),
        after(Duration.ofDays(30)), after(Duration.ofDays(90)));

    complete(taskAt("UserTask_AssignPeerSupporter", wellness), peerAssigned());
    assertThat(wellness).hasPassed("Gateway_ClinicianStepDone").hasNotPassed("UserTask_ClinicianCheckIn",
        "UserTask_RecordDebriefAttendance");

    completeAllFollowUps(wellness);
    closeCase(wellness);
    assertThat(wellness).isEnded();
  }

  @Test
  void everyMissedDeadlineEscalatesToTheWellnessGroupWithoutCancellingTheStep() {
    ProcessInstance wellness = start();

    fireTimer(wellness, "BoundaryEvent_InvolvementOverdue", after(Duration.ofHours(4)));
    chase("UserTask_FollowUpOverdueInvolvement", wellness);
    recordInvolvement(taskAt("UserTask_RecordInvolvement", wellness), "shooter");

    fireTimer(wellness, "BoundaryEvent_PeerAssignmentOverdue", after(Duration.ofHours(8)));
    chase("UserTask_FollowUpOverduePeerAssignment", wellness);
    complete(taskAt("UserTask_AssignPeerSupporter", wellness), peerAssigned());
    Date clinicianDue = after(Duration.ofDays(3));

    fireTimer(wellness, "BoundaryEvent_DebriefOverdue", Date.from(INCIDENT.toInstant().plus(72, ChronoUnit.HOURS)));
    chase("UserTask_FollowUpOverdueDebrief", wellness);
    complete(taskAt("UserTask_RecordDebriefAttendance", wellness),
        withVariables("debriefHeldAt", "2026-09-25T10:00+00:00", "debriefAttendance", "excused"));

    fireTimer(wellness, "BoundaryEvent_ClinicianCheckInOverdue", clinicianDue);
    chase("UserTask_FollowUpOverdueClinicianCheckIn", wellness);
    complete(taskAt("UserTask_ClinicianCheckIn", wellness),
        withVariables("clinicianCheckInOn", "2026-09-26", "clinicianCheckInAttendance", "did-not-attend"));

    fireAtDueDate(followUpTimers(wellness).get(0));
    fireTimer(wellness, "BoundaryEvent_FollowUpOverdue", after(Duration.ofDays(3)));
    assertThat(wellness).isWaitingAt("UserTask_FollowUpWithOfficer", "UserTask_FollowUpOverdueFollowUp");
    chase("UserTask_FollowUpOverdueFollowUp", wellness);
    completeAllFollowUps(wellness);

    fireTimer(wellness, "BoundaryEvent_ClosureOverdue", after(Duration.ofDays(7)));
    chase("UserTask_FollowUpOverdueClosure", wellness);
    closeCase(wellness);

    assertThat(wellness).hasPassed("EndEvent_InvolvementOverdueFollowedUp", "EndEvent_PeerAssignmentOverdueFollowedUp",
        "EndEvent_DebriefOverdueFollowedUp", "EndEvent_ClinicianCheckInOverdueFollowedUp",
        "EndEvent_FollowUpOverdueFollowedUp", "EndEvent_ClosureOverdueFollowedUp", "EndEvent_WellnessCaseClosed")
        .isEnded();
  }

  @Test
  void anInvolvementThatBreaksItsFormIsRefusedAndNothingChanges() {
    ProcessInstance wellness = start();
    Task record = taskAt("UserTask_RecordInvolvement", wellness);

    assertThatThrownBy(() -> complete(record, withVariables("involvement", "bystander", "injured", false,
        "priorIncidents12Months", -1L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(officerReference) is required")
        .hasMessageContaining("(involvement) cannot be 'bystander'")
        .hasMessageContaining("(priorIncidents12Months) must be at least 0");

    assertThat(wellness).isWaitingAt("UserTask_RecordInvolvement");
    assertThat(runtimeService().getVariables(wellness.getId())).doesNotContainKeys("involvement",
        "priorIncidents12Months", "clinicianMandatory");
  }

  @Test
  @Deployment(resources = {"processes/officer-wellness.bpmn", "forms/officer-wellness/record-officer-involvement.form"})
  void aDecisionThatCannotBeEvaluatedIsRetriedAndTheRecordIsKept() {
    ProcessInstance wellness = start();
    complete(taskAt("UserTask_RecordInvolvement", wellness), involvement("witness"));
    Job decide = managementService().createJobQuery().processInstanceId(wellness.getId()).singleResult();

    assertThatThrownBy(() -> managementService().executeJob(decide.getId())).hasMessageContaining("wellness-path");

    Job retried = managementService().createJobQuery().processInstanceId(wellness.getId()).singleResult();
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getDuedate()).isEqualTo(after(Duration.ofMinutes(5)));
    assertThat(runtimeService().getVariables(wellness.getId())).containsEntry("involvement", "witness")
        .containsEntry("officerReference", "Badge 4471");
  }

  @Test
  void noWellnessFormHasRoomForWhatWasSaid() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms/officer-wellness"))) {
      List<Path> all = forms.toList();
      assertThat(all).hasSize(7);
      for (Path form : all) {
        assertThat(Files.readString(form)).as(form.toString()).doesNotContain("\"textarea\"");
      }
    }
  }

  static ProcessInstance start() {
    String occurredAt = OffsetDateTime.ofInstant(INCIDENT.toInstant(), ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx"));
    return runtimeService().startProcessInstanceByKey("officer-wellness", "HOU-2026-0007-W1",
        withVariables("site", "houston", "incidentCaseNumber", "HOU-2026-0007", "wellnessCaseNumber",
            "HOU-2026-0007-W1", "incidentOccurredAt", occurredAt));
  }

  /** Completes the involvement record and runs the decision, which the engine evaluates asynchronously. */
  static void recordInvolvement(Task record, String involvement) {
    complete(record, involvement(involvement));
    Job decide = managementService().createJobQuery().processInstanceId(record.getProcessInstanceId())
        .activityId("BusinessRuleTask_DecideWellnessPath").singleResult();
    assertThat(decide).as("asynchronous wellness-path decision").isNotNull();
    managementService().executeJob(decide.getId());
  }

  static Map<String, Object> involvement(String involvement) {
    return withVariables("officerReference", "Badge 4471", "involvement", involvement, "injured", false,
        "priorIncidents12Months", 0L);
  }

  static Map<String, Object> peerAssigned() {
    return withVariables("peerSupporter", "Sgt. Peer 118", "peerFirstContactAt", "2026-09-21T18:00+00:00");
  }

  static void chase(String escalationTask, ProcessInstance instance) {
    Task chase = taskAt(escalationTask, instance);
    assertThat(chase).hasCandidateGroup("wellness");
    complete(chase, withVariables("overdueAction", "reminded", "followedUpAt", "2026-09-22T09:00+00:00"));
  }

  /** Fires the follow-up timers in date order and records each follow-up. */
  static void completeAllFollowUps(ProcessInstance instance) {
    Task open = taskAt("UserTask_FollowUpWithOfficer", instance);
    if (open != null) {
      complete(open, withVariables("followUpOn", "2026-09-29", "followUpContact", "phone-or-video"));
    }
    for (Job timer : followUpTimers(instance)) {
      fireAtDueDate(timer);
      Task followUp = taskAt("UserTask_FollowUpWithOfficer", instance);
      assertThat(followUp).hasCandidateGroup("wellness");
      assertThat(followUp.getDueDate()).isEqualTo(after(Duration.ofDays(3)));
      complete(followUp, withVariables("followUpOn", "2026-10-21", "followUpContact", "in-person"));
    }
  }

  static void closeCase(ProcessInstance instance) {
    Task close = taskAt("UserTask_CloseWellnessCase", instance);
    assertThat(close).hasCandidateGroup("wellness");
    complete(close, withVariables("closureReason", "support-completed", "closedOn", "2026-12-28"));
  }

  static List<Job> followUpTimers(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("TimerEvent_FollowUpDue").orderByJobDuedate().asc().list();
  }

  static long historicFollowUps(ProcessInstance instance) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("UserTask_FollowUpWithOfficer").finished().count();
  }
}
