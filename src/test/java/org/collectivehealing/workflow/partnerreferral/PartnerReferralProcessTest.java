package org.collectivehealing.workflow.partnerreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.collectivehealing.workflow.testing.ProcessTests.after;
import static org.collectivehealing.workflow.testing.ProcessTests.fireTimer;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/partner-referral.bpmn", "forms/partner-referral/accept-referral.form",
    "forms/partner-referral/choose-another-route.form", "forms/partner-referral/report-service-delivered.form",
    "forms/partner-referral/review-referral-outcome.form",
    "forms/partner-referral/follow-up-overdue-referral-step.form"})
class PartnerReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  static final Date REFERRED = new Date(1_790_000_000_000L);

  /** The tasks the model told partners of (the mail itself: NotificationMailTest). */
  final List<String> partnersToldOf = new ArrayList<>();

  @BeforeEach
  void setClock() {
    ProcessTests.assertOn(extension.getProcessEngine());
    ClockUtil.setCurrentTime(REFERRED);
    Mocks.register("notifyPartnersOfReferralListener", (TaskListener) task -> partnersToldOf.add(
        task.getTaskDefinitionKey()));
  }

  @AfterEach
  void tearDown() {
    resetClockAndMocks();
  }

  @Test
  void anAcceptedReferralIsDeliveredReportedBackAndReviewedByTheAdvocate() {
    ProcessInstance referral = start("routine", "P2D");

    assertThat(referral).isWaitingAt("UserTask_AcceptReferral");
    Task accept = task(referral);
    assertThat(accept).hasCandidateGroup("community-partners").hasName("Accept or decline referral");
    assertThat(partnersToldOf).as("partners are told of the new referral once").containsExactly(
        "UserTask_AcceptReferral");
    assertThat(accept.getDueDate()).isEqualTo(after(Duration.ofDays(2)));
    complete(accept, withVariables("partnerDecision", "accept", "partnerContact", "Housing team, East End Alliance"));

    Task deliver = task(referral);
    assertThat(deliver).hasDefinitionKey("UserTask_DeliverService").hasCandidateGroup("community-partners");
    assertThat(deliver.getDueDate()).isEqualTo(after(Duration.ofDays(14)));
    complete(deliver, withVariables("serviceOutcome", "delivered", "serviceDate", "2026-12-01"));

    Task review = task(referral);
    assertThat(review).hasDefinitionKey("UserTask_ReviewOutcome").hasCandidateGroup("victim-services")
        .hasName("Review referral outcome");
    complete(review, withVariables("referralResult", "need-met"));

    assertThat(referral).hasPassedInOrder("StartEvent_ReferralReceived", "UserTask_AcceptReferral",
        "Gateway_ReferralAccepted", "UserTask_DeliverService", "UserTask_ReviewOutcome", "EndEvent_ReferralClosed")
        .isEnded();
  }

  @Test
  void aDeclinedReferralGoesBackToTheAdvocateWhoChoosesAnotherRoute() {
    ProcessInstance referral = start("routine", "P2D");
    complete(task(referral), withVariables("partnerDecision", "decline", "declineReason", "no-capacity",
        "partnerContact", "Intake desk"));

    Task route = task(referral);
    assertThat(route).hasDefinitionKey("UserTask_ChooseAnotherRoute").hasCandidateGroup("victim-services");
    assertThat(route.getDueDate()).isEqualTo(after(Duration.ofHours(24)));
    complete(route, withVariables("nextRoute", "information-given-directly", "routeChosenOn", "2026-11-27"));

    assertThat(referral).hasPassed("Gateway_BackToAdvocate").hasNotPassed("UserTask_DeliverService")
        .isEnded().hasPassed("EndEvent_ReferralReturned");
  }

  @Test
  void anUnansweredReferralReturnsToTheAdvocateWhenRespondWithinRunsOut() {
    ProcessInstance referral = start("urgent", "PT12H");
    assertThat(task(referral).getDueDate()).isEqualTo(after(Duration.ofHours(12)));

    fireTimer(referral, "BoundaryEvent_NoAnswer", after(Duration.ofHours(12)));

    assertThat(referral).hasPassed("BoundaryEvent_NoAnswer")
        .isWaitingAt("UserTask_ChooseAnotherRoute");
    assertThat(taskQuery().taskDefinitionKey("UserTask_AcceptReferral").count()).isZero();
    complete(task(referral), withVariables("nextRoute", "another-partner", "routeChosenOn", "2026-11-27"));
    assertThat(referral).isEnded();
  }

  @Test
  void lateDeliveryAndLateReviewEscalateWithoutCancellingTheWork() {
    ProcessInstance referral = start("high", "P2D");
    complete(task(referral), withVariables("partnerDecision", "accept", "partnerContact", "Counselling team"));
    Task deliver = task(referral);
    assertThat(deliver.getDueDate()).isEqualTo(after(Duration.ofDays(7)));

    fireTimer(referral, "BoundaryEvent_DeliveryOverdue", after(Duration.ofDays(7)));
    assertThat(referral).isWaitingAt("UserTask_DeliverService", "UserTask_FollowUpOverdueDelivery");
    Task chase = taskAt("UserTask_FollowUpOverdueDelivery", referral);
    assertThat(chase).hasCandidateGroup("community-partners").hasName("Follow up overdue service delivery");
    complete(chase, withVariables("overdueAction", "new-date-agreed", "followedUpAt", "2026-12-09T10:00+00:00"));
    assertThat(referral).hasPassed("EndEvent_DeliveryOverdueFollowedUp").isWaitingAt("UserTask_DeliverService");

    complete(task(referral), withVariables("serviceOutcome", "partly-delivered", "serviceDate", "2026-12-10"));
    fireTimer(referral, "BoundaryEvent_ReviewOverdue", after(Duration.ofDays(3)));
    assertThat(referral).isWaitingAt("UserTask_ReviewOutcome", "UserTask_FollowUpOverdueReview");
    complete(taskAt("UserTask_FollowUpOverdueReview", referral),
        withVariables("overdueAction", "reminded", "followedUpAt", "2026-12-14T10:00+00:00"));
    complete(taskAt("UserTask_ReviewOutcome", referral), withVariables("referralResult", "advocate-follows-up"));

    assertThat(referral).hasPassed("EndEvent_ReviewOverdueFollowedUp", "EndEvent_ReferralClosed").isEnded();
  }

  @Test
  void aLateChoiceOfRouteEscalatesToTheAdvocatesSupervisor() {
    ProcessInstance referral = start("routine", "P2D");
    complete(task(referral), withVariables("partnerDecision", "decline", "partnerContact", "Intake desk"));

    fireTimer(referral, "BoundaryEvent_RouteOverdue", after(Duration.ofHours(24)));
    Task chase = taskAt("UserTask_FollowUpOverdueRoute", referral);
    assertThat(chase).hasCandidateGroup("victim-services");
    complete(chase, withVariables("overdueAction", "reassigned", "followedUpAt", "2026-11-28T09:00+00:00"));
    assertThat(referral).hasPassed("EndEvent_RouteOverdueFollowedUp").isWaitingAt("UserTask_ChooseAnotherRoute");

    complete(task(referral), withVariables("nextRoute", "need-no-longer-present", "routeChosenOn", "2026-11-28"));
    assertThat(referral).isEnded();
  }

  @Test
  void revokedConsentWithdrawsTheReferralWhereverItStands() {
    ProcessInstance waiting = start("routine", "P2D");
    ProcessInstance delivering = start("routine", "P2D");
    complete(task(delivering), withVariables("partnerDecision", "accept", "partnerContact", "Intake desk"));

    for (ProcessInstance referral : new ProcessInstance[] {waiting, delivering}) {
      runtimeService().createMessageCorrelation("ConsentRevoked").processInstanceId(referral.getId()).correlate();
      assertThat(referral).isEnded().hasPassed("StartEvent_ConsentRevoked", "EndEvent_ReferralWithdrawn")
          .hasNotPassed("EndEvent_ReferralClosed");
      assertThat(taskQuery().processInstanceId(referral.getId()).count()).as("the partner's task is gone").isZero();
    }
  }

  @Test
  void anAnswerWithoutADecisionIsRefusedAndNothingChanges() {
    ProcessInstance referral = start("routine", "P2D");
    Task accept = task(referral);

    assertThatThrownBy(() -> complete(accept, withVariables("partnerContact", "Intake desk",
        "declineReason", "we-dislike-it")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(partnerDecision) is required")
        .hasMessageContaining("(declineReason) cannot be 'we-dislike-it'");

    assertThat(referral).isWaitingAt("UserTask_AcceptReferral");
    assertThat(runtimeService().getVariables(referral.getId())).doesNotContainKeys("partnerContact", "declineReason");
  }

  @Test
  void thePartnerGetsOnlyTheReferralAndWhatTheConsentReleased() {
    ProcessInstance referral = start("routine", "P2D");
    complete(task(referral), withVariables("partnerDecision", "accept", "partnerContact", "Intake desk"));

    assertThat(runtimeService().getVariables(referral.getId()).keySet()).containsExactlyInAnyOrder("site",
        "referralNumber", "victimCaseNumber", "need", "partnerCategory", "urgency", "respondWithin", "sharedDetails",
        "partnerDecision", "partnerContact", "deliverWithin");
  }

  static ProcessInstance start(String urgency, String respondWithin) {
    Map<String, Object> variables = new HashMap<>(withVariables("site", "houston",
        "referralNumber", "HOU-2026-0007-V1-R1", "victimCaseNumber", "HOU-2026-0007-V1", "need", "housing",
        "partnerCategory", "housing-provider", "urgency", urgency, "respondWithin", respondWithin));
    variables.put("sharedDetails", Spin.JSON("{\"preferredLanguage\":\"spanish\"}"));
    return runtimeService().startProcessInstanceByKey("partner-referral", "HOU-2026-0007-V1-R1", variables);
  }
}
