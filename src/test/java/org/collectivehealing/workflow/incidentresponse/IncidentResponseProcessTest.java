package org.collectivehealing.workflow.incidentresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.collectivehealing.workflow.testing.ProcessTests.passTime;
import static org.collectivehealing.workflow.testing.ProcessTests.resetClockAndMocks;
import static org.collectivehealing.workflow.testing.ProcessTests.taskAt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.collectivehealing.workflow.casenumber.AssignCaseNumberDelegate;
import org.collectivehealing.workflow.deadlines.DueDates;
import org.collectivehealing.workflow.tenancy.Sites;
import org.collectivehealing.workflow.testing.TestSites;
import org.collectivehealing.workflow.testing.ProcessTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/incident-response.bpmn", "processes/activation-level.dmn",
    "processes/information-release.dmn", "stubs/victim-support-stub.bpmn", "stubs/community-engagement-stub.bpmn",
    "stubs/officer-wellness-stub.bpmn",
    "forms/incident-response/report-incident.form", "forms/incident-response/review-activation.form",
    "forms/incident-response/convene-partners.form", "forms/incident-response/follow-up-overdue.form",
    "forms/incident-response/hold-daily-check-in.form", "forms/incident-response/identify-victim.form",
    "forms/incident-response/open-family-assistance-center.form", "forms/incident-response/report-center-day.form",
    "forms/incident-response/transition-to-resiliency-center.form",
    "forms/incident-response/release-officer-details.form", "forms/incident-response/hold-press-briefing.form",
    "forms/incident-response/assess-video-release.form", "forms/incident-response/release-video.form",
    "forms/incident-response/issue-delay-notice.form", "forms/incident-response/escalate-video-decision.form",
    "forms/incident-response/notify-voca-administrator.form", "forms/incident-response/write-recovery-plan.form",
    "forms/incident-response/prepare-anniversary-outreach.form",
    "forms/incident-response/hold-after-action-review.form", "forms/incident-response/close-incident.form"})
class IncidentResponseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder("process-test-engine.cfg.xml").assertClassCoverageAtLeast(0.9).build();

  static final Instant REPORTED = Instant.parse("2026-03-02T09:00:00Z");
  static final String NOW = "2026-03-02T09:00+00:00";

  ProcessEngine processEngine;

  @BeforeEach
  void beans() {
    ProcessTests.assertOn(processEngine);
    ClockUtil.setCurrentTime(Date.from(REPORTED));
    Mocks.register("assignCaseNumberDelegate", new AssignCaseNumberDelegate(TestSites.caseNumbers(processEngine)));
    Mocks.register("numberVictimCaseDelegate", new NumberVictimCaseDelegate());
    Mocks.register("refuseClosureWhileVictimCasesOpenListener", new RefuseClosureWhileVictimCasesOpenListener());
    Mocks.register("due", new DueDates());
    Mocks.register("sites", new Sites(TestSites.IDENTITY));
    Mocks.register("alertOnCallCommand", alerts);
  }

  /** When the model alerts command on call (the mail itself: NotificationMailTest). */
  public static class AlertRecorder {
    final List<String> events = new java.util.ArrayList<>();

    public boolean alert(DelegateTask task) {
      events.add(task.getEventName() + " at level " + task.getVariable("activationLevel"));
      return true;
    }
  }

  final AlertRecorder alerts = new AlertRecorder();

  @AfterEach
  void reset() {
    resetClockAndMocks();
  }

  @Test
  void aShootingWithDeathsRunsEveryTrackAndClosesOnlyAfterItsVictimCases() {
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(1, 2, 2, "high"));

    assertThat(incident).hasBusinessKey("HOU-2026-0001").hasVariables("reportedAt");
    assertThat(incident).isWaitingAt("UserTask_ReviewActivation");
    assertThat(incident).variables().containsEntry("activationLevel", 3).containsEntry("holdListeningSession", true);
    assertThat(alerts.events).as("command on call hears of the proposal").containsExactly("create at level 3");
    complete(taskAt("UserTask_ReviewActivation", incident), withVariables("activationLevel", 3L,
        "openFamilyAssistanceCenter", true, "holdListeningSession", true, "startOfficerWellness", true,
        "notifyVocaAdministrator", true));
    assertThat(alerts.events).as("and of the confirmation").containsExactly("create at level 3",
        "complete at level 3");

    assertThat(incident).isWaitingAt("UserTask_ConvenePartners", "UserTask_IdentifyVictim",
        "UserTask_OpenFamilyAssistanceCenter", "UserTask_ReleaseOfficerDetails", "CallActivity_CommunityEngagement",
        "CallActivity_OfficerWellness", "UserTask_NotifyVocaAdministrator", "UserTask_WriteRecoveryPlan");
    Task convene = taskAt("UserTask_ConvenePartners", incident);
    assertThat(convene).hasCandidateGroup("command");
    assertThat(convene.getDueDate()).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(12))));

    // coordination: convene, then daily check-ins while level 2 or more
    complete(convene, withVariables("convenedAt", NOW, "partnersPresent", List.of("police", "victim-services"),
        "agreements", "Police lead notification"));
    checkIn(incident, true);
    checkIn(incident, false);

    // victims: two identified, each gets a case numbered after the incident
    identifyVictim(incident, "deceased", true);
    identifyVictim(incident, "injured", false);
    List<ProcessInstance> victimCases = runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(incident.getId()).processDefinitionKey("victim-support").list();
    assertThat(victimCases).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("HOU-2026-0001-V1", "HOU-2026-0001-V2");
    assertThat(victimCases).allSatisfy(c -> assertThat(c.getTenantId()).isEqualTo("houston"));
    assertThat(runtimeService().getVariables(victimCases.get(0).getId()))
        .containsKeys("incidentCaseNumber", "victimCaseNumber", "victimStatus").containsEntry("siteState", "TX");

    // family assistance centre: open, one more day, then move on
    openCenter(incident, "Community hall", "555-0100");
    reportCenterDay(incident, 4L, false);
    reportCenterDay(incident, 2L, true);
    complete(taskAt("UserTask_TransitionToResiliencyCenter", incident), withVariables("resiliencyCenterName",
        "Eastside Resiliency Center", "transitionDate", "2026-03-20"));

    // public information: details, briefing, video delayed (written notice), reviewed, released
    complete(taskAt("UserTask_ReleaseOfficerDetails", incident), withVariables("officerDetailsReleasedAt", NOW,
        "releaseChannels", List.of("press-release")));
    complete(taskAt("UserTask_HoldPressBriefing", incident), withVariables("pressBriefingHeldAt", NOW,
        "briefingSpokesperson", "PIO Lt. Reyes", "familiesInformedFirst", true));
    complete(taskAt("UserTask_AssessVideoRelease", incident), withVariables("interferesWithInvestigation", true,
        "videoAssessmentNote", "Witnesses not yet interviewed"));
    assertThat(incident).isWaitingAt("UserTask_IssueDelayNotice").hasVariables("videoReason");
    complete(taskAt("UserTask_IssueDelayNotice", incident),
        withVariables("delayNotice", "Witness interviews pending", "delayNoticePublishedAt", NOW));
    passTime(incident, Duration.ofDays(46));
    complete(taskAt("UserTask_AssessVideoRelease", incident), withVariables("interferesWithInvestigation", false,
        "videoAssessmentNote", "Interviews done"));
    complete(taskAt("UserTask_ReleaseVideo", incident), withVariables("videoReleasedAt", NOW,
        "familiesShownFirst", true));

    // called cases and the remaining tracks
    completeStubs(incident, "community-engagement");
    completeStubs(incident, "officer-wellness");
    complete(taskAt("UserTask_NotifyVocaAdministrator", incident), withVariables("vocaNotifiedAt", NOW,
        "vocaContact", "State VOCA office"));
    complete(taskAt("UserTask_WriteRecoveryPlan", incident),
        withVariables("recoveryPlanSummary", "Services for a year",
        "recoveryPartners", List.of("victim-services", "community-partners"), "planAgreedOn", "2026-03-30"));

    // deadlines missed on the way were chased; those follow-ups are still for command to finish
    for (String late : List.of("OpenFamilyAssistanceCenter", "ReleaseOfficerDetails", "NotifyVocaAdministrator",
        "WriteRecoveryPlan")) {
      followUp(incident, late);
    }

    // all tracks done: wait for two weeks before the first anniversary of the incident
    assertThat(incident).isWaitingAt("TimerEvent_BeforeAnniversary");
    assertThat(timer(incident).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-02-16T09:30:00Z")));
    passTime(incident, Duration.ofDays(365));
    Task outreach = taskAt("UserTask_PrepareAnniversaryOutreach", incident);
    assertThat(outreach.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-03-02T09:30:00Z")));
    complete(outreach, withVariables("outreachActions", List.of("family-contact", "remembrance-event")));
    complete(taskAt("UserTask_HoldAfterActionReview", incident), withVariables("reviewHeldOn", "2027-03-20",
        "lessonsLearned", "Convene faster"));

    // closing is refused while victim cases are open, and nothing changes
    Task close = taskAt("UserTask_CloseIncident", incident);
    assertThatThrownBy(() -> complete(close, withVariables("closingSummary", "Done")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("2 victim support case(s) still open")
        .hasMessageContaining("HOU-2026-0001-V1");
    assertThat(incident).isWaitingAt("UserTask_CloseIncident");
    completeStubs(incident, "victim-support");
    complete(taskAt("UserTask_CloseIncident", incident), withVariables("closingSummary", "All cases closed"));

    assertThat(incident).isEnded().hasPassed("EndEvent_IncidentClosed", "EndEvent_VictimCaseClosed");
  }

  @Test
  void anIncidentMovedToTheReviewWithoutADecidedLevelAlertsNobody() {
    // as an administrator's instance modification does it: the decision's variables do not exist yet
    ProcessInstance incident = runtimeService().createProcessInstanceByKey("incident-response")
        .setVariables(report(1, 2, 2, "high")).startBeforeActivity("UserTask_ReviewActivation").execute();

    assertThat(incident).isWaitingAt("UserTask_ReviewActivation");
    assertThat(alerts.events).isEmpty();
  }

  @Test
  void aLevelOneIncidentWithNobodyHarmedOpensNoOptionalTrack() {
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(0, 0, 0, "low"));
    // command lowers the proposal (level 2 with a listening session) to a local response
    complete(taskAt("UserTask_ReviewActivation", incident), withVariables("activationLevel", 1L,
        "holdListeningSession", false, "startOfficerWellness", false, "activationNote", "Contained, no injuries"));
    assertThat(alerts.events).as("no level 3, no alert").isEmpty();

    assertThat(incident).isWaitingAt("UserTask_ConvenePartners", "UserTask_ReleaseOfficerDetails",
        "UserTask_WriteRecoveryPlan").isNotWaitingAt("UserTask_IdentifyVictim", "UserTask_OpenFamilyAssistanceCenter");
    complete(taskAt("UserTask_ConvenePartners", incident), withVariables("convenedAt", NOW,
        "partnersPresent", List.of("police"), "agreements", "Police lead"));
    assertThat(incident).isNotWaitingAt("TimerEvent_NextCheckIn");
    complete(taskAt("UserTask_ReleaseOfficerDetails", incident), withVariables("officerDetailsReleasedAt", NOW,
        "releaseChannels", List.of("website")));
    complete(taskAt("UserTask_HoldPressBriefing", incident), withVariables("pressBriefingHeldAt", NOW,
        "briefingSpokesperson", "PIO", "familiesInformedFirst", true));

    // far past the delay limit while release would still interfere: the chief decides
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofDays(60))));
    complete(taskAt("UserTask_AssessVideoRelease", incident), withVariables("interferesWithInvestigation", true,
        "videoAssessmentNote", "Trial pending"));
    complete(taskAt("UserTask_EscalateVideoDecision", incident), withVariables("videoFinalDecision", "withhold",
        "videoDecisionReasons", "Trial pending; counsel advises"));
    complete(taskAt("UserTask_WriteRecoveryPlan", incident), withVariables("recoveryPlanSummary", "Community forum",
        "recoveryPartners", List.of("community-partners"), "planAgreedOn", "2026-04-01"));
    assertThat(incident).isWaitingAt("TimerEvent_BeforeAnniversary");
    passTime(incident, Duration.ofDays(365));
    complete(taskAt("UserTask_PrepareAnniversaryOutreach", incident),
        withVariables("outreachActions", List.of("community-statement")));
    complete(taskAt("UserTask_HoldAfterActionReview", incident), withVariables("reviewHeldOn", "2027-03-20",
        "lessonsLearned", "Fine"));
    complete(taskAt("UserTask_CloseIncident", incident), withVariables("closingSummary", "Closed"));

    assertThat(incident).isEnded().hasNotPassed("CallActivity_SupportVictim", "CallActivity_CommunityEngagement",
        "CallActivity_OfficerWellness", "UserTask_NotifyVocaAdministrator");
  }

  @Test
  void everyMissedDeadlineAsksSomeoneToChaseItWhileTheWorkStaysOpen() {
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(4, 3, 1, "high"));
    complete(taskAt("UserTask_ReviewActivation", incident), withVariables("activationLevel", 3L,
        "openFamilyAssistanceCenter", true, "holdListeningSession", false, "startOfficerWellness", false,
        "notifyVocaAdministrator", true));

    passTime(incident, Duration.ofHours(25));
    assertThat(incident).isWaitingAt("UserTask_FollowUpOverdueConvenePartners",
        "UserTask_FollowUpOverdueOpenFamilyAssistanceCenter", "UserTask_FollowUpOverdueNotifyVocaAdministrator",
        "UserTask_ConvenePartners", "UserTask_OpenFamilyAssistanceCenter", "UserTask_NotifyVocaAdministrator");
    assertThat(taskAt("UserTask_FollowUpOverdueConvenePartners", incident)).hasCandidateGroup("command");
    followUp(incident, "ConvenePartners");
    followUp(incident, "OpenFamilyAssistanceCenter");
    followUp(incident, "NotifyVocaAdministrator");

    passTime(incident, Duration.ofHours(24));
    followUp(incident, "ReleaseOfficerDetails");
    complete(taskAt("UserTask_ReleaseOfficerDetails", incident), withVariables("officerDetailsReleasedAt", NOW,
        "releaseChannels", List.of("website")));
    passTime(incident, Duration.ofHours(24));
    followUp(incident, "HoldPressBriefing");
    passTime(incident, Duration.ofDays(30));
    followUp(incident, "WriteRecoveryPlan");

    openCenter(incident, "Gym", "555-0101");
    reportCenterDay(incident, 9L, true);
    passTime(incident, Duration.ofDays(15));
    followUp(incident, "TransitionToResiliencyCenter");

    // the late tasks are still there to be done
    assertThat(incident).isWaitingAt("UserTask_ConvenePartners", "UserTask_TransitionToResiliencyCenter",
        "UserTask_HoldPressBriefing", "UserTask_WriteRecoveryPlan", "UserTask_NotifyVocaAdministrator");
  }

  @Test
  void theAfterActionReviewEscalatesWhenLate() {
    ProcessInstance incident = runtimeService().createProcessInstanceByKey("incident-response")
        .setVariables(report(0, 0, 0, "low")).startBeforeActivity("UserTask_HoldAfterActionReview").execute();
    passTime(incident, Duration.ofDays(31));
    followUp(incident, "HoldAfterActionReview");
    assertThat(incident).isWaitingAt("UserTask_HoldAfterActionReview");
  }

  @Test
  void aVictimOnAnUploadedListGetsTheNextCaseNumberAndTheirDetailsOnlyInTheirCase() {
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(1, 0, 1, "high"));
    complete(taskAt("UserTask_ReviewActivation", incident), withVariables("activationLevel", 3L));
    complete(taskAt("UserTask_IdentifyVictim", incident), withVariables("victimStatus", "injured",
        "moreVictimsToIdentify", true));

    runtimeService().createMessageCorrelation("VictimListed").processInstanceId(incident.getId())
        .setVariablesLocal(Variables.createVariables().putValue("victimStatus", "deceased")
            .putValueTyped("listedFirstName", Variables.stringValue("Noor", true))
            .putValueTyped("listedLastName", Variables.stringValue("Haddad-Lind", true))
            .putValueTyped("listedDateOfBirth", Variables.stringValue(null, true))
            .putValueTyped("listedPhone", Variables.stringValue(null, true))
            .putValueTyped("listedLocation", Variables.stringValue("County morgue", true))
            .putValueTyped("listedReference", Variables.stringValue("ME-12", true))
            .putValueTyped("listedSource", Variables.stringValue("Medical examiner", true))
            .putValueTyped("listedBy", Variables.stringValue("officer-1", true)))
        .correlate();

    String caseNumber = (String) runtimeService().getVariable(incident.getId(), "caseNumber");
    ProcessInstance listed = runtimeService().createProcessInstanceQuery().processDefinitionKey("victim-support")
        .processInstanceBusinessKey(caseNumber + "-V2").singleResult();
    assertThat(listed).as("a victim case (a stub of victim-support here)").isNotNull();
    assertThat(runtimeService().getVariables(listed.getId())).containsEntry("listedLastName", "Haddad-Lind")
        .containsEntry("listedReference", "ME-12").containsEntry("victimStatus", "deceased")
        .containsEntry("incidentCaseNumber", caseNumber);
    assertThat(runtimeService().getVariables(incident.getId()).toString()).doesNotContain("Haddad")
        .doesNotContain("ME-12");
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(incident.getId()).list().toString()).doesNotContain("Haddad").doesNotContain("ME-12");
    // the listed case runs in the incident's event subprocess, so the incident waits for it too
    assertThat(incident).hasPassed("ServiceTask_NumberListedVictimCase").isWaitingAt("UserTask_IdentifyVictim",
        "CallActivity_SupportListedVictim");
  }

  @Test
  void aVictimCannotBeRecordedWithoutSayingWhatHappenedToThem() {
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(1, 0, 1, "high"));
    complete(taskAt("UserTask_ReviewActivation", incident), withVariables("activationLevel", 3L));
    Task identify = taskAt("UserTask_IdentifyVictim", incident);

    assertThatThrownBy(() -> complete(identify, withVariables("moreVictimsToIdentify", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("(victimStatus) is required");
    assertThatThrownBy(() -> complete(identify, withVariables("victimStatus", "missing", "moreVictimsToIdentify", false)))
        .hasMessageContaining("(victimStatus) cannot be 'missing'");
    assertThat(incident).isWaitingAt("UserTask_IdentifyVictim").hasNotPassed("ServiceTask_NumberVictimCase");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("victim-support").count()).isZero();
  }

  @Test
  void aReportThatBreaksItsFormIsRefusedAndNothingStarts() {
    Map<String, Object> report = report(-1, 0, 0, "high");
    report.remove("place");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("incident-response", report))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'People killed' (fatalities) must be at least 0")
        .hasMessageContaining("'Where it happened' (place) is required");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void startFormAndTaskFormsResolveWithinTheDeployment() throws IOException {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("incident-response").singleResult().getId();
    assertThat(read(processEngine.getFormService().getDeployedStartForm(definitionId)))
        .contains("\"Form_ReportIncident\"");
    ProcessInstance incident = runtimeService().startProcessInstanceByKey("incident-response", report(0, 0, 0, "low"));
    assertThat(read(processEngine.getFormService().getDeployedTaskForm(
        taskAt("UserTask_ReviewActivation", incident).getId()))).contains("\"Form_ReviewActivation\"");
  }

  static Map<String, Object> report(long fatalities, long injured, long officers, String tension) {
    return new HashMap<>(withVariables("site", "houston", "incidentType", "officer-involved-shooting",
        "occurredAt", "2026-03-02T09:30+00:00", "place", "5th and Main", "fatalities", fatalities,
        "injured", injured, "officersInvolved", officers, "communityTension", tension, "mediaInterest", "national",
        "summary", "Shots fired during a traffic stop"));
  }

  private void checkIn(ProcessInstance incident, boolean continueTomorrow) {
    passTime(incident, Duration.ofHours(24));
    complete(taskAt("UserTask_HoldDailyCheckIn", incident), withVariables("checkInHeldAt", NOW,
        "agenciesPresent", List.of("police"), "continueDailyCheckIns", continueTomorrow));
  }

  private void identifyVictim(ProcessInstance incident, String status, boolean more) {
    complete(taskAt("UserTask_IdentifyVictim", incident), withVariables("victimStatus", status,
        "moreVictimsToIdentify", more));
  }

  private void openCenter(ProcessInstance incident, String location, String contact) {
    complete(taskAt("UserTask_OpenFamilyAssistanceCenter", incident), withVariables("centerLocation", location,
        "centerOpenedAt", NOW, "centerContact", contact));
  }

  /** A day passes (the centre's daily report falls due), then the day is reported. */
  private void reportCenterDay(ProcessInstance incident, long familiesServed, boolean readyForTransition) {
    passTime(incident, Duration.ofHours(24));
    complete(taskAt("UserTask_ReportCenterDay", incident), withVariables("familiesServedToday", familiesServed,
        "readyForTransition", readyForTransition));
  }

  private void followUp(ProcessInstance incident, String step) {
    complete(taskAt("UserTask_FollowUpOverdue" + step, incident),
        withVariables("followUpAction", "Called the owner"));
  }

  private void completeStubs(ProcessInstance incident, String key) {
    runtimeService().createProcessInstanceQuery().superProcessInstanceId(incident.getId())
        .processDefinitionKey(key).list().forEach(called ->
            complete(taskQuery().processInstanceId(called.getId()).singleResult()));
  }

  private Job timer(ProcessInstance incident) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(incident.getId()).timers()
        .singleResult();
  }

  private static String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
