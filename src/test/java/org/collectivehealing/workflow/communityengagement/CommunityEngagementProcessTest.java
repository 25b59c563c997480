package org.collectivehealing.workflow.communityengagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.collectivehealing.workflow.testing.ProcessTests.after;
import static org.collectivehealing.workflow.testing.ProcessTests.fireTimer;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/community-engagement.bpmn",
    "forms/community-engagement/plan-listening-session.form", "forms/community-engagement/hold-listening-session.form",
    "forms/community-engagement/record-action-item.form", "forms/community-engagement/close-action-item.form",
    "forms/community-engagement/report-back-to-community.form",
    "forms/community-engagement/follow-up-overdue-engagement-step.form"})
class CommunityEngagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  static final Date CALLED = new Date(1_790_000_000_000L);
  static final String SESSION_DATE = "2026-09-28T18:00+00:00";
  static final Date RECORD_SESSION_BY = Date.from(Instant.parse("2026-09-30T18:00:00Z"));

  @BeforeEach
  void setUp() {
    ProcessTests.assertOn(extension.getProcessEngine());
    ClockUtil.setCurrentTime(CALLED);
    Mocks.register("appendActionItemDelegate", new AppendActionItemDelegate());
  }

  @AfterEach
  void tearDown() {
    resetClockAndMocks();
  }

  @Test
  void eachActionItemIsClosedByItsOwnerThenTheCommunityHearsBack() {
    ProcessInstance engagement = start();
    Task plan = taskAt("UserTask_PlanListeningSession", engagement);
    assertThat(plan).hasCandidateGroup("community-partners").hasName("Plan the listening session");
    assertThat(plan.getDueDate()).isEqualTo(after(Duration.ofDays(7)));
    complete(plan, plan());

    Task hold = taskAt("UserTask_HoldListeningSession", engagement);
    assertThat(hold).hasCandidateGroup("community-partners");
    assertThat(hold.getDueDate()).isEqualTo(RECORD_SESSION_BY);
    complete(hold, held(true));

    recordActionItem(engagement, "Publish the use-of-force policy on the city website", "command", "2026-10-15", true);
    assertThat(engagement).isWaitingAt("UserTask_RecordActionItem");
    assertThat(runtimeService().getVariables(engagement.getId())).doesNotContainKeys("actionItemDescription",
        "actionItemOwner", "actionItemDueOn");
    recordActionItem(engagement, "Meet the youth council before the end of October", "police", "2026-10-31", false);

    SpinJsonNode items = (SpinJsonNode) runtimeService().getVariable(engagement.getId(), "actionItems");
    assertThat(items.elements()).hasSize(2);
    assertThat(items.elements().get(1).prop("number").numberValue()).isEqualTo(2);
    assertThat(items.elements().get(1).prop("owner").stringValue()).isEqualTo("police");

    List<Task> closing = taskQuery().processInstanceId(engagement.getId())
        .taskDefinitionKey("UserTask_CloseActionItem").orderByDueDate().asc().list();
    assertThat(closing).hasSize(2);
    assertThat(closing.get(0)).hasCandidateGroup("command");
    assertThat(closing.get(0).getDueDate()).isEqualTo(endOf("2026-10-15"));
    assertThat(closing.get(1)).hasCandidateGroup("police");
    assertThat(closing.get(1).getDueDate()).isEqualTo(endOf("2026-10-31"));
    closing.forEach(task -> complete(task, closed()));

    Task report = taskAt("UserTask_ReportBackToCommunity", engagement);
    assertThat(report).hasCandidateGroup("community-partners");
    assertThat(report.getDueDate()).isEqualTo(after(Duration.ofDays(14)));
    complete(report, reported());

    assertThat(engagement).hasPassed("Gateway_AnotherActionItem", "SubProcess_TrackActionItem",
        "EndEvent_ActionItemClosed", "EndEvent_ReportedBack").isEnded();
  }

  @Test
  void aSessionWithoutActionItemsGoesStraightToTheReport() {
    ProcessInstance engagement = start();
    complete(taskAt("UserTask_PlanListeningSession", engagement), plan());
    complete(taskAt("UserTask_HoldListeningSession", engagement), held(false));

    assertThat(engagement).isWaitingAt("UserTask_ReportBackToCommunity").hasNotPassed("UserTask_RecordActionItem");
    complete(taskAt("UserTask_ReportBackToCommunity", engagement), reported());
    assertThat(engagement).hasPassed("Gateway_ReadyToReport").isEnded();
  }

  @Test
  void everyMissedDeadlineEscalatesToCommandWithoutCancellingTheStep() {
    ProcessInstance engagement = start();

    fireTimer(engagement, "BoundaryEvent_PlanningOverdue", after(Duration.ofDays(7)));
    chase("UserTask_FollowUpOverduePlanning", engagement);
    complete(taskAt("UserTask_PlanListeningSession", engagement), plan());

    fireTimer(engagement, "BoundaryEvent_SessionRecordOverdue", RECORD_SESSION_BY);
    chase("UserTask_FollowUpOverdueSession", engagement);
    complete(taskAt("UserTask_HoldListeningSession", engagement), held(true));

    fireTimer(engagement, "BoundaryEvent_ActionItemRecordOverdue", after(Duration.ofHours(24)));
    chase("UserTask_FollowUpOverdueActionItemRecord", engagement);
    recordActionItem(engagement, "Publish the use-of-force policy on the city website", "victim-services",
        "2026-10-15", false);

    fireTimer(engagement, "BoundaryEvent_ActionItemOverdue", endOf("2026-10-15"));
    assertThat(engagement).isWaitingAt("UserTask_CloseActionItem", "UserTask_FollowUpOverdueActionItem");
    chase("UserTask_FollowUpOverdueActionItem", engagement);
    complete(taskAt("UserTask_CloseActionItem", engagement), closed());

    fireTimer(engagement, "BoundaryEvent_ReportBackOverdue", after(Duration.ofDays(14)));
    chase("UserTask_FollowUpOverdueReportBack", engagement);
    complete(taskAt("UserTask_ReportBackToCommunity", engagement), reported());

    assertThat(engagement).hasPassed("EndEvent_PlanningOverdueFollowedUp", "EndEvent_SessionOverdueFollowedUp",
        "EndEvent_ActionItemRecordOverdueFollowedUp", "EndEvent_ActionItemOverdueFollowedUp",
        "EndEvent_ReportBackOverdueFollowedUp", "EndEvent_ReportedBack").isEnded();
  }

  @Test
  void anActionItemWithoutAKnownOwnerOrDateIsRefusedAndNothingChanges() {
    ProcessInstance engagement = start();
    complete(taskAt("UserTask_PlanListeningSession", engagement), plan());
    complete(taskAt("UserTask_HoldListeningSession", engagement), held(true));
    Task record = taskAt("UserTask_RecordActionItem", engagement);

    assertThatThrownBy(() -> complete(record, withVariables("actionItemDescription", "Fix the street lights",
        "actionItemOwner", "mayors-office", "anotherActionItem", false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(actionItemOwner) cannot be 'mayors-office'")
        .hasMessageContaining("(actionItemDueOn) is required");

    assertThat(engagement).isWaitingAt("UserTask_RecordActionItem");
    assertThat(runtimeService().getVariables(engagement.getId())).doesNotContainKeys("actionItemDescription",
        "actionItemOwner", "actionItems");
  }

  @Test
  void aFailingAppendIsRetriedThreeTimesFiveMinutesApart() {
    Mocks.register("appendActionItemDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      throw new IllegalStateException("database unavailable");
    });
    ProcessInstance engagement = start();
    complete(taskAt("UserTask_PlanListeningSession", engagement), plan());
    complete(taskAt("UserTask_HoldListeningSession", engagement), held(true));
    complete(taskAt("UserTask_RecordActionItem", engagement), actionItem("Open the gym on Fridays", "community-partners",
        "2026-10-15", false));

    Job append = appendJob(engagement);
    assertThatThrownBy(() -> managementService().executeJob(append.getId())).hasMessageContaining("database unavailable");

    Job retried = appendJob(engagement);
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getDuedate()).isEqualTo(after(Duration.ofMinutes(5)));
    assertThat(runtimeService().getVariable(engagement.getId(), "actionItemDescription"))
        .isEqualTo("Open the gym on Fridays");
  }

  static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("community-engagement", "HOU-2026-0007",
        withVariables("site", "houston", "incidentCaseNumber", "HOU-2026-0007", "incidentType",
            "officer-involved-shooting"));
  }

  static Map<String, Object> plan() {
    return withVariables("sessionPurpose", "Hear residents' concerns after the shooting and answer questions",
        "venue", "Acres Homes Multi-Service Center", "facilitator", "Rev. J. Miller, Houston Clergy Council",
        "coHostOrganisation", "Acres Homes Community Coalition", "sessionDate", SESSION_DATE);
  }

  static Map<String, Object> held(boolean actionItemsAgreed) {
    return withVariables("sessionHeldOn", "2026-09-28", "attendance", 120L, "actionItemsAgreed", actionItemsAgreed);
  }

  static Map<String, Object> actionItem(String description, String owner, String dueOn, boolean another) {
    return withVariables("actionItemDescription", description, "actionItemOwner", owner, "actionItemDueOn", dueOn,
        "anotherActionItem", another);
  }

  static void recordActionItem(ProcessInstance instance, String description, String owner, String dueOn,
      boolean another) {
    Task record = taskAt("UserTask_RecordActionItem", instance);
    assertThat(record).hasCandidateGroup("community-partners");
    complete(record, actionItem(description, owner, dueOn, another));
    managementService().executeJob(appendJob(instance).getId());
  }

  static Map<String, Object> closed() {
    return withVariables("actionItemOutcome", "done", "actionItemResult", "Done as promised",
        "actionItemClosedOn", "2026-10-14");
  }

  static Map<String, Object> reported() {
    return withVariables("reportedOn", "2026-11-05", "reportChannels", List.of("follow-up-meeting", "website"),
        "reportSummary", "Both promises kept: the policy is online and the youth council met the chief.");
  }

  static void chase(String escalationTask, ProcessInstance instance) {
    Task chase = taskAt(escalationTask, instance);
    assertThat(chase).hasCandidateGroup("command");
    complete(chase, withVariables("overdueAction", "reminded", "followedUpAt", "2026-10-01T09:00+00:00"));
  }

  static Job appendJob(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("ServiceTask_AppendActionItem").singleResult();
  }

  /** An action item due on a date is due until the end of that day (server time zone). */
  static Date endOf(String date) {
    return Date.from(LocalDate.parse(date).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
