package org.collectivehealing.workflow.victimsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.collectivehealing.workflow.testing.ProcessTests.fireAtDueDate;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.collectivehealing.workflow.consent.Consent;
import org.collectivehealing.workflow.consent.ConsentRegistry;
import org.collectivehealing.workflow.consent.NewConsent;
import org.collectivehealing.workflow.testing.TestConsents;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The victim-support process against test stubs of the decisions and of partner-referral (src/test/resources/
 * stubs/), which colleagues write for real: same keys, inputs and outputs as the issue-3 contract.
 */
@Deployment(resources = {"processes/victim-support.bpmn",
    "stubs/victims-rights-notice-stub.bpmn", "stubs/referral-routing-stub.dmn", "stubs/partner-referral-stub.bpmn",
    "forms/victim-support/record-contact-details.form", "forms/victim-support/plan-notification.form",
    "forms/victim-support/deliver-notification.form", "forms/victim-support/family-follow-up.form",
    "forms/victim-support/give-rights-notice.form", "forms/victim-support/first-advocate-contact.form",
    "forms/victim-support/record-consent.form", "forms/victim-support/assess-needs.form",
    "forms/victim-support/give-referral-information.form", "forms/victim-support/help-with-compensation.form",
    "forms/victim-support/follow-up-contact.form", "forms/victim-support/escalate-no-contact.form",
    "forms/victim-support/overdue-step.form", "forms/victim-support/update-family.form",
    "forms/victim-support/close-case.form"})
class VictimSupportProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test-engine.cfg.xml")
      .assertClassCoverageAtLeast(0.9).build();

  static final String CASE = "HOU-2026-0007-V1";
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  static final Set<String> PARTNER_REFERRAL_INPUTS = Set.of("referralNumber", "victimCaseNumber", "need",
      "partnerCategory", "urgency", "respondWithin", "sharedDetails");

  ConsentRegistry consents;
  /** The tasks whose completion was handed to the report's recorder (RecordForReportListener, tested in reporting). */
  List<String> recordedForReport;

  @BeforeEach
  void setUp() {
    ProcessTests.assertOn(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(T0));
    consents = TestConsents.emptyRegistry(extension.getProcessEngine());
    Mocks.register("routeReferralsDelegate", new RouteReferralsDelegate());
    Mocks.register("selectConsentedReferralsDelegate", new SelectConsentedReferralsDelegate(consents));
    Mocks.register("checkConsentRecordListener", new CheckConsentRecordListener());
    Mocks.register("recordConsentListener", new RecordConsentListener(consents));
    recordedForReport = new java.util.ArrayList<>();
    Mocks.register("recordForReportListener",
        (TaskListener) task -> recordedForReport.add(task.getTaskDefinitionKey()));
  }

  @AfterEach
  void tearDown() {
    resetClockAndMocks();
  }

  // ------------------------------------------------------------------ paths

  @Test
  void deceasedVictimIsNotifiedThenSupportedWithTwoConsentedReferrals() {
    ProcessInstance pi = start("deceased", "TX");

    Task contact = task(pi, "UserTask_RecordContactDetails");
    assertThat(contact).hasCandidateGroup("police");
    assertThat(contact.getDueDate()).isEqualTo(at(Duration.ofHours(4)));
    complete(pi, "UserTask_RecordContactDetails", contact());

    Task plan = task(pi, "UserTask_PlanNotification");
    assertThat(plan).hasCandidateGroup("police");
    assertThat(plan.getDueDate()).isEqualTo(at(Duration.ofHours(4)));
    complete(pi, "UserTask_PlanNotification", plan());
    assertThat(task(pi, "UserTask_DeliverNotification").getDueDate()).isEqualTo(at(Duration.ofHours(12)));
    complete(pi, "UserTask_DeliverNotification", deliver());
    Task family = task(pi, "UserTask_FollowUpWithFamily");
    assertThat(family).hasCandidateGroup("victim-services");
    assertThat(family.getDueDate()).isEqualTo(at(Duration.ofHours(24)));
    complete(pi, "UserTask_FollowUpWithFamily", familyFollowUp());

    assertThat(pi).isWaitingAt("UserTask_FirstAdvocateContact", "CallActivity_GiveRightsNotice",
        "TimerEvent_FollowUpDay7", "TimerEvent_FollowUpDay30", "TimerEvent_FollowUpDay90");
    // the police's rights-notice case gets the contact details and the state, and nothing else of this case
    ProcessInstance rights = rightsNoticeCase(pi);
    assertThat(rights.getBusinessKey()).isEqualTo(CASE);
    assertThat(runtimeService().getVariables(rights.getId())).containsOnlyKeys("victimCaseNumber", "siteState",
        "contactFirstName", "contactLastName", "contactRelationship", "contactPhone", "contactAddress",
        "contactLanguage", "interpreterNeeded");
    giveRightsNotice(pi);

    advocateUpTo(pi, consent(json("community-victim-services", "mental-health-provider"), json("first-name", "phone"),
        "2026-11-26", "2027-11-26"), json("mental-health", "financial", "housing"));

    List<ProcessInstance> referrals = partnerReferrals(pi);
    assertThat(referrals).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(CASE + "-R1", CASE + "-R2");
    Map<String, Object> first = runtimeService().getVariables(referralNumbered(referrals, CASE + "-R1").getId());
    assertThat(first).containsEntry("need", "mental-health").containsEntry("partnerCategory", "mental-health-provider")
        .containsEntry("urgency", "high").containsEntry("respondWithin", "P2D").containsEntry("victimCaseNumber", CASE);
    assertThat(task(pi, "UserTask_GiveReferralInformation")).hasCandidateGroup("victim-services");
    assertThat((String) runtimeService().getVariable(pi.getId(), "referralsToGiveDirectly"))
        .isEqualTo("housing: housing-provider");
    complete(pi, "UserTask_GiveReferralInformation", referralInformation());
    complete(pi, "UserTask_HelpWithCompensation", compensation());
    referrals.forEach(referral -> taskService().complete(
        taskService().createTaskQuery().processInstanceId(referral.getId()).singleResult().getId()));

    followUp(pi, 7, "reached");
    followUp(pi, 30, "not-reached");
    Task escalate = task(pi, "UserTask_EscalateNoContactDay30");
    assertThat(escalate).hasCandidateGroup("victim-services");
    complete(pi, "UserTask_EscalateNoContactDay30", Map.of("noContactAction", "home-visit"));
    followUp(pi, 90, "reached");

    assertThat(pi).isWaitingAt("UserTask_CloseCase");
    complete(pi, "UserTask_CloseCase", close());
    assertThat(pi).isEnded().hasPassed("UserTask_PlanNotification", "CallActivity_PartnerReferral",
        "UserTask_GiveReferralInformation", "UserTask_HelpWithCompensation", "UserTask_EscalateNoContactDay30",
        "EndEvent_CaseClosed");
    // every contact in which an advocate gives services is recorded for the OVC report, once, when completed
    assertThat(recordedForReport).containsExactly("UserTask_FirstAdvocateContact", "UserTask_HelpWithCompensation",
        "UserTask_FollowUpDay7", "UserTask_FollowUpDay30", "UserTask_FollowUpDay90", "UserTask_CloseCase");
  }

  @Test
  void partnerReferralsReceiveOnlyTheReleasedDetails() {
    ProcessInstance pi = startedSupport("injured", "TX");
    advocateUpTo(pi, consent(json("mental-health-provider", "faith-community"), json("first-name", "language"),
        "2026-11-26", "2027-05-26"), json("mental-health", "spiritual"));

    List<ProcessInstance> referrals = partnerReferrals(pi);
    assertThat(referrals).hasSize(2);
    for (ProcessInstance referral : referrals) {
      Map<String, Object> variables = runtimeService().getVariables(referral.getId());
      assertThat(variables.keySet()).isEqualTo(PARTNER_REFERRAL_INPUTS);
      SpinJsonNode shared = (SpinJsonNode) variables.get("sharedDetails");
      assertThat(shared.fieldNames()).containsExactlyInAnyOrder("firstName", "language");
      assertThat(shared.prop("firstName").stringValue()).isEqualTo("Maria");
      assertThat(shared.prop("language").stringValue()).isEqualTo("spanish");
      assertThat(shared.toString()).doesNotContain("Lopez", "555", "Elm", "rent");
    }
  }

  @Test
  void consentForOneCategorySendsOneReferralAndTheRestDirectly() {
    ProcessInstance pi = startedSupport("harmed", "TX");
    advocateUpTo(pi, consent(json("mental-health-provider"), json("full-name", "address", "needs-summary"),
        "2026-11-26", "2027-11-26"), json("mental-health", "legal"));

    List<ProcessInstance> referrals = partnerReferrals(pi);
    assertThat(referrals).hasSize(1);
    assertThat(referrals.get(0).getBusinessKey()).isEqualTo(CASE + "-R1");
    SpinJsonNode shared = (SpinJsonNode) runtimeService().getVariable(referrals.get(0).getId(), "sharedDetails");
    assertThat(shared.fieldNames()).containsExactlyInAnyOrder("fullName", "address", "needsSummary");
    assertThat(shared.prop("fullName").stringValue()).isEqualTo("Maria Lopez");
    assertThat(shared.prop("needsSummary").stringValue()).isEqualTo("mental-health, legal");
    assertThat((String) runtimeService().getVariable(pi.getId(), "referralsToGiveDirectly"))
        .isEqualTo("legal: legal-aid");
    assertThat(pi).isWaitingAt("UserTask_GiveReferralInformation", "CallActivity_PartnerReferral");
  }

  @Test
  void consentThatReleasesNoDetailsSendsTheReferralWithAnEmptySharedDetails() {
    ProcessInstance pi = startedSupport("injured", "TX");
    advocateUpTo(pi, consent(json("community-victim-services"), json(), "2026-11-26", "2027-01-26"), json("safety"));

    List<ProcessInstance> referrals = partnerReferrals(pi);
    assertThat(referrals).hasSize(1);
    Map<String, Object> variables = runtimeService().getVariables(referrals.get(0).getId());
    assertThat(variables).containsEntry("urgency", "urgent").containsEntry("respondWithin", "PT12H");
    assertThat(((SpinJsonNode) variables.get("sharedDetails")).fieldNames()).isEmpty();
    assertThat(pi).hasNotPassed("UserTask_GiveReferralInformation");
  }

  @Test
  void withoutConsentNothingGoesToPartnersAndTheVictimGetsTheInformation() {
    ProcessInstance pi = startedSupport("injured", "CA");
    assertThat(pi).isWaitingAt("CallActivity_GiveRightsNotice");
    advocateUpTo(pi, Map.of("consentGiven", "no"), json("safety"));

    assertThat(partnerReferrals(pi)).isEmpty();
    assertThat(consents.ofCase(CASE)).as("a 'no' records no consent").isEmpty();
    assertThat(((SpinJsonNode) runtimeService().getVariable(pi.getId(), "consentedReferrals")).elements()).isEmpty();
    assertThat(pi).hasNotPassed("CallActivity_PartnerReferral").isWaitingAt("UserTask_GiveReferralInformation");
    assertThat(taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("UserTask_HelpWithCompensation").count()).isZero();
    complete(pi, "UserTask_GiveReferralInformation", referralInformation());
    assertThat(pi).hasPassed("Gateway_ReferralPathsDone");
  }

  @Test
  void expiredConsentCountsAsNone() {
    ProcessInstance pi = startedSupport("injured", "TX");
    advocateUpTo(pi, consent(json("community-victim-services", "housing-provider"), json("first-name"),
        "2025-01-10", "2025-12-31"), json("safety", "housing"));

    assertThat(partnerReferrals(pi)).isEmpty();
    assertThat(((SpinJsonNode) runtimeService().getVariable(pi.getId(), "uncoveredReferrals")).elements()).hasSize(2);
    assertThat(pi).hasNotPassed("CallActivity_PartnerReferral").isWaitingAt("UserTask_GiveReferralInformation");
  }

  @Test
  void recordedConsentBecomesOneLoggedRecordPerRecipientCategory() {
    ProcessInstance pi = consentRecorded(json("mental-health-provider", "legal-aid"), json("phone"), "2027-05-26");

    List<Consent> recorded = consents.ofCase(CASE);
    assertThat(recorded).extracting(Consent::recipientCategory)
        .containsExactlyInAnyOrder("mental-health-provider", "legal-aid");
    assertThat(recorded).allSatisfy(consent -> {
      assertThat(consent.tenantId()).isEqualTo("houston");
      assertThat(consent.dataClasses()).containsExactly("phone");
      assertThat(consent.givenBy()).isEqualTo("victim");
      assertThat(consent.givenOn()).hasToString("2026-11-26");
      assertThat(consent.expiresOn()).hasToString("2027-05-26");
      assertThat(consents.log(consent.id())).singleElement().asString().startsWith("recorded");
    });
  }

  @Test
  void eachCategoryGetsOnlyWhatItsOwnConsentReleases() {
    ProcessInstance pi = consentRecorded(json("mental-health-provider"), json("first-name"), "2027-11-26");
    // a later consent, for another kind of partner and other details, recorded beside the first
    consents.record(new NewConsent("houston", CASE, List.of("legal-aid"), List.of("phone"), "victim",
        LocalDate.parse("2026-11-26"), LocalDate.parse("2027-11-26"), true), "advocate-houston");
    assessAndRoute(pi, json("mental-health", "legal"));

    List<ProcessInstance> referrals = partnerReferrals(pi);
    assertThat(referrals).hasSize(2);
    for (ProcessInstance referral : referrals) {
      Map<String, Object> variables = runtimeService().getVariables(referral.getId());
      SpinJsonNode shared = (SpinJsonNode) variables.get("sharedDetails");
      if ("legal-aid".equals(variables.get("partnerCategory"))) {
        assertThat(shared.fieldNames()).containsExactly("phone");
      } else {
        assertThat(shared.fieldNames()).containsExactly("firstName");
      }
    }
  }

  @Test
  void consentRevokedBeforeTheReferralsAreChosenCountsAsNone() {
    ProcessInstance pi = consentRecorded(json("housing-provider"), json("first-name"), "2027-11-26");
    // the form's variables still say "yes": only the record knows about the revocation
    consents.revoke(consents.ofCase(CASE).get(0).id(), "advocate-houston", "victim withdrew consent by phone");
    assessAndRoute(pi, json("housing"));

    assertThat(partnerReferrals(pi)).isEmpty();
    assertThat((String) runtimeService().getVariable(pi.getId(), "referralsToGiveDirectly"))
        .isEqualTo("housing: housing-provider");
  }

  @Test
  void withNoNeedsNothingIsReferred() {
    ProcessInstance pi = startedSupport("harmed", "SD");
    giveRightsNotice(pi);
    advocateUpTo(pi, Map.of("consentGiven", "no"), json());

    assertThat(pi).hasPassed("Gateway_ReferralPathsDone").hasNotPassed("CallActivity_PartnerReferral",
        "UserTask_GiveReferralInformation", "UserTask_HelpWithCompensation");
    followUp(pi, 7, "reached");
    followUp(pi, 30, "reached");
    followUp(pi, 90, "reached");
    complete(pi, "UserTask_CloseCase", close());
    assertThat(pi).isEnded();
  }

  // ------------------------------------------------------------------ missed deadlines

  @Test
  void missedNotificationDeadlinesEscalateWithoutCancellingTheWork() {
    ProcessInstance pi = start("deceased", "TX");
    complete(pi, "UserTask_RecordContactDetails", contact());

    escalate(pi, "BoundaryEvent_NotificationPlanOverdue", Duration.ofHours(4), "UserTask_FollowUpOverdueNotificationPlan",
        "victim-services");
    assertThat(pi).isWaitingAt("UserTask_PlanNotification");
    complete(pi, "UserTask_PlanNotification", plan());

    escalate(pi, "BoundaryEvent_NotificationDeliveryOverdue", Duration.ofHours(12 + 4),
        "UserTask_FollowUpOverdueNotificationDelivery", "victim-services");
    complete(pi, "UserTask_DeliverNotification", deliver());

    escalate(pi, "BoundaryEvent_FamilyFollowUpOverdue", Duration.ofHours(24 + 16),
        "UserTask_FollowUpOverdueFamilyFollowUp", "victim-services");
    complete(pi, "UserTask_FollowUpWithFamily", familyFollowUp());
    assertThat(pi).hasPassed("EndEvent_NotificationPlanOverdueFollowedUp", "EndEvent_NotificationDeliveryOverdueFollowedUp",
        "EndEvent_FamilyFollowUpOverdueFollowedUp").isWaitingAt("UserTask_FirstAdvocateContact");
  }

  @Test
  void missedSupportDeadlinesEscalate() {
    ProcessInstance pi = startedSupport("injured", "TX");

    escalate(pi, "BoundaryEvent_FirstContactOverdue", Duration.ofHours(24), "UserTask_FollowUpOverdueFirstContact",
        "victim-services");
    assertThat(pi).isWaitingAt("CallActivity_GiveRightsNotice", "UserTask_FirstAdvocateContact");

    for (int day : new int[] {7, 30, 90}) {
      fireTimer(pi, "TimerEvent_FollowUpDay" + day, Duration.ofDays(day));
      Task followUp = task(pi, "UserTask_FollowUpDay" + day);
      assertThat(followUp).hasCandidateGroup("victim-services");
      assertThat(followUp.getDueDate()).isEqualTo(at(Duration.ofDays(day + 3)));
      escalate(pi, "BoundaryEvent_FollowUpDay" + day + "Overdue", Duration.ofDays(day + 3),
          "UserTask_FollowUpOverdueFollowUpDay" + day, "victim-services");
      complete(pi, "UserTask_FollowUpDay" + day, followUpValues("not-reached"));
      complete(pi, "UserTask_EscalateNoContactDay" + day, Map.of("noContactAction", "partner-outreach"));
    }
    assertThat(pi).hasPassed("Gateway_FollowUpDay90Done").isWaitingAt("CallActivity_GiveRightsNotice");
  }

  // ------------------------------------------------------------------ case events

  @Test
  void policeReportedCaseEventsEachReachTheFamilyWhileTheCaseGoesOn() {
    ProcessInstance pi = startedSupport("deceased", "TX");
    reportCaseEvent("arrest", "2026-12-01", "A suspect was arrested.");
    reportCaseEvent("hearing", "2026-12-15", "First court hearing set.");

    List<Task> updates = taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("UserTask_UpdateFamily").list();
    assertThat(updates).hasSize(2);
    assertThat(updates).allSatisfy(update -> assertThat(update).hasCandidateGroup("victim-services"));
    assertThat(updates.stream().map(update -> (String) taskService().getVariable(update.getId(), "caseEventType")))
        .containsExactlyInAnyOrder("arrest", "hearing");
    taskService().complete(updates.get(0).getId(), Map.of("familyUpdatedAt", "2026-12-01T12:00+00:00",
        "familyUpdateChannel", "phone"));
    assertThat(pi).hasPassed("EndEvent_FamilyUpdated").isWaitingAt("UserTask_FirstAdvocateContact",
        "CallActivity_GiveRightsNotice", "UserTask_UpdateFamily");
  }

  // ------------------------------------------------------------------ validation

  @Test
  void incompleteContactDetailsAreRefusedAndNothingIsSaved() {
    ProcessInstance pi = start("injured", "TX");
    Map<String, Object> contact = contact();
    contact.remove("contactPhone");
    String taskId = task(pi, "UserTask_RecordContactDetails").getId();
    assertThatThrownBy(() -> taskService().complete(taskId, contact))
        .satisfies(VictimSupportProcessTest::isFormValidationFailure)
        .hasMessageContaining("'Phone number' (contactPhone) is required");
    assertThat(pi).isWaitingAt("UserTask_RecordContactDetails");
    assertThat(runtimeService().getVariable(pi.getId(), "contactFirstName")).isNull();
  }

  @Test
  void consentThatEndsBeforeItStartsOrIsNotWrittenIsRefused() {
    ProcessInstance pi = startedSupport("injured", "TX");
    complete(pi, "UserTask_FirstAdvocateContact", firstContact());
    String taskId = task(pi, "UserTask_RecordConsent").getId();

    Map<String, Object> backwards = consent(json("legal-aid"), json("phone"), "2026-11-26", "2026-11-01");
    assertThatThrownBy(() -> taskService().complete(taskId, backwards))
        .satisfies(VictimSupportProcessTest::isFormValidationFailure)
        .hasMessageContaining("(consentExpiresOn) must be after");
    Map<String, Object> unwritten = consent(json("legal-aid"), json("phone"), "2026-11-26", "2027-11-26");
    unwritten.put("writtenConsentConfirmed", false);
    assertThatThrownBy(() -> taskService().complete(taskId, unwritten))
        .satisfies(VictimSupportProcessTest::isFormValidationFailure)
        .hasMessageContaining("(writtenConsentConfirmed) must be ticked");
    Map<String, Object> stranger = consent(json("stranger-danger"), json("phone"), "2026-11-26", "2027-11-26");
    assertThatThrownBy(() -> taskService().complete(taskId, stranger))
        .satisfies(VictimSupportProcessTest::isFormValidationFailure)
        .hasMessageContaining("consentRecipientCategories");

    assertThat(pi).isWaitingAt("UserTask_RecordConsent");
    assertThat(runtimeService().getVariable(pi.getId(), "consentGiven")).isNull();
  }

  // ------------------------------------------------------------------ helpers

  /** A refused submission reaches the caller as the validation failure itself, not wrapped. */
  static void isFormValidationFailure(Throwable thrown) {
    assertThat(thrown).isInstanceOf(FormFieldValidationException.class);
  }

  static ProcessInstance start(String victimStatus, String siteState) {
    return runtimeService().startProcessInstanceByKey("victim-support", CASE, new HashMap<>(Map.of("site", "houston",
        "incidentCaseNumber", "HOU-2026-0007", "victimCaseNumber", CASE, "victimStatus", victimStatus,
        "siteState", siteState)));
  }

  /** Started, contact details recorded and, for a deceased victim, the notification done. */
  static ProcessInstance startedSupport(String victimStatus, String siteState) {
    ProcessInstance pi = start(victimStatus, siteState);
    complete(pi, "UserTask_RecordContactDetails", contact());
    if ("deceased".equals(victimStatus)) {
      complete(pi, "UserTask_PlanNotification", plan());
      complete(pi, "UserTask_DeliverNotification", deliver());
      complete(pi, "UserTask_FollowUpWithFamily", familyFollowUp());
    }
    return pi;
  }

  /** First contact, consent, needs, then the two routing jobs. */
  static void advocateUpTo(ProcessInstance pi, Map<String, Object> consent, SpinJsonNode needs) {
    complete(pi, "UserTask_FirstAdvocateContact", firstContact());
    complete(pi, "UserTask_RecordConsent", consent);
    assessAndRoute(pi, needs);
  }

  /** Support started for an injured victim in Texas, first contact made, consent given on T0's day. */
  static ProcessInstance consentRecorded(SpinJsonNode categories, SpinJsonNode dataClasses, String expiresOn) {
    ProcessInstance pi = startedSupport("injured", "TX");
    complete(pi, "UserTask_FirstAdvocateContact", firstContact());
    complete(pi, "UserTask_RecordConsent", consent(categories, dataClasses, "2026-11-26", expiresOn));
    return pi;
  }

  static void assessAndRoute(ProcessInstance pi, SpinJsonNode needs) {
    complete(pi, "UserTask_AssessNeeds", Map.of("needs", needs, "preferredLanguage", "spanish",
        "supportPreference", "community-based", "advocateNotes", "Mother sleeps badly; worried about rent"));
    runJob(pi, "ServiceTask_RouteReferrals");
    runJob(pi, "ServiceTask_SelectConsentedReferrals");
  }

  static void followUp(ProcessInstance pi, int day, String outcome) {
    fireTimer(pi, "TimerEvent_FollowUpDay" + day, Duration.ofDays(day));
    complete(pi, "UserTask_FollowUpDay" + day, followUpValues(outcome));
  }

  /** Moves the clock to the timer's due time (checked against the expected delay from T0) and fires it. */
  static void fireTimer(ProcessInstance pi, String activityId, Duration fromStart) {
    Job timer = job(pi, activityId);
    assertThat(timer.getDuedate()).isEqualTo(at(fromStart));
    fireAtDueDate(timer);
  }

  static void escalate(ProcessInstance pi, String boundaryEvent, Duration fromStart, String overdueTask, String group) {
    fireTimer(pi, boundaryEvent, fromStart);
    Task overdue = task(pi, overdueTask);
    assertThat(overdue).hasCandidateGroup(group);
    assertThat(overdue.getName()).startsWith("Follow up overdue");
    complete(pi, overdueTask, Map.of("overdueReason", "workload", "overdueActionTaken", "Reassigned to the duty team"));
  }

  static void reportCaseEvent(String type, String date, String summary) {
    runtimeService().createMessageCorrelation("CaseEventReported").processInstanceBusinessKey(CASE)
        .setVariables(Map.of("caseEventType", type, "caseEventDate", date, "caseEventSummary", summary))
        .correlateWithResult();
  }

  static void runJob(ProcessInstance pi, String activityId) {
    managementService().executeJob(job(pi, activityId).getId());
  }

  static Job job(ProcessInstance pi, String activityId) {
    Job job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    assertThat(job).as("job of " + activityId).isNotNull();
    return job;
  }

  static Task task(ProcessInstance pi, String key) {
    Task task = taskAt(key, pi);
    assertThat(task).as("task " + key).isNotNull();
    return task;
  }

  static void complete(ProcessInstance pi, String key, Map<String, Object> values) {
    taskService().complete(task(pi, key).getId(), values);
  }

  static List<ProcessInstance> partnerReferrals(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("partner-referral").list().stream()
        .filter(referral -> pi.getId().equals(runtimeService().createProcessInstanceQuery()
            .subProcessInstanceId(referral.getId()).singleResult().getId()))
        .collect(Collectors.toList());
  }

  static ProcessInstance referralNumbered(List<ProcessInstance> referrals, String number) {
    return referrals.stream().filter(referral -> number.equals(referral.getBusinessKey())).findFirst().orElseThrow();
  }

  static Date at(Duration fromStart) {
    return Date.from(T0.plus(fromStart));
  }

  static SpinJsonNode json(String... values) {
    return Spin.JSON(Arrays.stream(values).map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]")));
  }

  static Map<String, Object> contact() {
    return new HashMap<>(Map.of("contactFirstName", "Maria", "contactLastName", "Lopez",
        "contactRelationship", "parent-or-guardian", "contactPhone", "713 555 0100",
        "contactAddress", "12 Elm Street, Houston", "contactLanguage", "spanish", "interpreterNeeded", true));
  }

  static Map<String, Object> plan() {
    return Map.of("notificationLead", "Sgt. Ruiz, badge 1402", "notificationSupport", "Chaplain Okafor",
        "priorCallsChecked", true, "notificationInterpreter", "arranged",
        "notificationPlannedFor", "2026-11-26T13:00+00:00");
  }

  static Map<String, Object> deliver() {
    return Map.of("notificationDeliveredAt", "2026-11-26T13:30+00:00", "notificationInPerson", true,
        "notificationInterpreterUsed", true);
  }

  static Map<String, Object> familyFollowUp() {
    return Map.of("familyFollowUpAt", "2026-11-27T09:00+00:00",
        "familyFollowUpTopics", json("personal-effects", "media", "resources"));
  }

  static ProcessInstance rightsNoticeCase(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("victims-rights-notice").singleResult();
  }

  /** The police's own case (a stub here; see VictimsRightsNoticeProcessTest) is done. */
  static void giveRightsNotice(ProcessInstance pi) {
    taskService().complete(taskQuery().processInstanceId(rightsNoticeCase(pi).getId()).singleResult().getId());
  }


  static Map<String, Object> firstContact() {
    return Map.of("firstContactAt", "2026-11-26T15:00+00:00", "firstContactChannel", "in-person",
        "advocateType", "community-based", "confidentialityExplained", true,
        "servicesGiven", json("information-and-referral"), "raceEthnicity", "not-reported",
        "genderIdentity", "not-reported", "ageBand", "25-59", "victimizationTypes", json("adult-physical-assault"));
  }

  static Map<String, Object> consent(SpinJsonNode categories, SpinJsonNode dataClasses, String givenOn,
      String expiresOn) {
    return new HashMap<>(Map.of("consentGiven", "yes", "consentGivenBy", "victim",
        "consentRecipientCategories", categories, "consentDataClasses", dataClasses, "consentGivenOn", givenOn,
        "consentExpiresOn", expiresOn, "writtenConsentConfirmed", true));
  }

  static Map<String, Object> referralInformation() {
    return Map.of("referralInformationGivenAt", "2026-11-27T10:00+00:00", "referralInformationChannel", "phone");
  }

  static Map<String, Object> compensation() {
    return Map.of("compensationApplicationStatus", "submitted", "compensationHelpedOn", "2026-11-28");
  }

  static Map<String, Object> followUpValues(String outcome) {
    return Map.of("followUpOutcome", outcome, "followUpAttemptedAt", "2026-12-03T10:00+00:00");
  }

  static Map<String, Object> close() {
    return Map.of("servicesGiven", json("information-and-referral", "personal-advocacy-and-accompaniment"),
        "closingReason", "needs-met", "caseClosedOn", "2027-02-24");
  }
}
