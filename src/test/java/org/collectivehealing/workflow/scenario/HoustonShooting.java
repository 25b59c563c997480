package org.collectivehealing.workflow.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The Houston shooting as a script: one person killed, two injured, high community tension, two officers.
 * It says what the caseworkers answer and runs the incident to its end; who fills the forms (the engine API,
 * or a browser) is the caller's choice. Each task is done by a demo user of the group it is routed to; time
 * moves on only when nobody has work left, so no deadline is missed. Needs the job executor off: the script
 * runs due jobs itself, in order.
 */
public final class HoustonShooting {

  public static final Map<String, String> ROLE = Map.of("command", "commander", "police", "officer",
      "victim-services", "advocate", "community-partners", "partner", "wellness", "peer");
  public static final String FIRST_NAME = "Amara";
  public static final String LAST_NAME = "Okonkwo-Ashby";
  public static final String PHONE = "713-555-0142";
  public static final String ADDRESS = "4410 Almeda Road";
  public static final String ADVOCATE_NOTE = "Prefers calls after six; sister is the main support";

  /** Whoever completes the scenario's tasks: handed each task with the user and group that do it. */
  @FunctionalInterface
  public interface Caseworker {
    void complete(Task task, String user, String group);
  }

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final IdentityService identityService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  /** What each caseworker answers; shared by every way of filling a form, so each path is the same one. */
  private final FormFiller answers = caseworkerAnswers();
  private final Map<String, String> completedBy = new TreeMap<>();

  public HoustonShooting(ProcessEngine engine) {
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    formService = engine.getFormService();
    identityService = engine.getIdentityService();
    managementService = engine.getManagementService();
    historyService = engine.getHistoryService();
  }

  /** The report of the incident, as command enters it in the start form. */
  public static Map<String, Object> report() {
    return Map.of("incidentType", "officer-involved-shooting", "occurredAt", "2026-06-12T22:05+00:00", "place",
        "Telephone Road and Bellfort", "fatalities", 1L, "injured", 2L, "officersInvolved", 2L,
        "communityTension", "high", "mediaInterest", "national", "summary",
        "Officers shot at a driver during a stop; a passenger died, two bystanders were injured");
  }

  /** When the report is made: the script's clock starts here. */
  public static Instant reportedAt() {
    return Instant.parse("2026-06-12T22:40:00Z");
  }

  public FormFiller answers() {
    return answers;
  }

  /** Works every Houston task until the incident has ended; fails if it does not end. */
  public void runToEnd(String incidentId, Caseworker caseworker) {
    int steps = 0;
    while (runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).count() > 0) {
      assertThat(steps++).as("the scenario should end; open: " + openWork()).isLessThan(3000);
      round(caseworker);
    }
  }

  /** Works the incident part of the way: so many rounds of running due jobs and doing all open work. */
  public void runRounds(Caseworker caseworker, int rounds) {
    for (int i = 0; i < rounds; i++) {
      round(caseworker);
    }
  }

  private void round(Caseworker caseworker) {
    runDueJobs();
    List<Task> open = taskService.createTaskQuery().tenantIdIn("houston").active().list();
    if (open.isEmpty()) {
      moveClockToNextTimer();
    } else {
      open.forEach(task -> complete(task, caseworker));
    }
  }

  /** Which group completed each kind of task, as "process/taskDefinitionKey" -> group. */
  public Map<String, String> completedBy() {
    return completedBy;
  }

  /**
   * The outcome every way of working the incident must reach: every case opened for it has ended at its site,
   * every track was worked by its own agency, and no victim's details reached the incident or a partner
   * beyond what the consent released.
   */
  public void assertOutcome(String incidentId) {
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(incidentId).list();
    Map<String, Long> perProcess = instances.stream()
        .collect(Collectors.groupingBy(HistoricProcessInstance::getProcessDefinitionKey, Collectors.counting()));
    assertThat(perProcess).containsEntry("incident-response", 1L).containsEntry("victim-support", 3L)
        .containsEntry("victims-rights-notice", 3L)
        .containsEntry("officer-wellness", 2L).containsEntry("community-engagement", 1L)
        .containsKey("partner-referral");
    assertThat(instances).allSatisfy(instance -> {
      assertThat(instance.getEndTime()).as(instance.getProcessDefinitionKey() + " ended").isNotNull();
      assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(instance.getTenantId()).isEqualTo("houston");
    });

    assertThat(completedBy).containsEntry("incident-response/UserTask_ConvenePartners", "command")
        .containsEntry("incident-response/UserTask_IdentifyVictim", "police")
        .containsEntry("incident-response/UserTask_OpenFamilyAssistanceCenter", "victim-services")
        .containsEntry("incident-response/UserTask_ReleaseVideo", "command")
        .containsEntry("incident-response/UserTask_NotifyVocaAdministrator", "victim-services")
        .containsEntry("incident-response/UserTask_CloseIncident", "command")
        .containsEntry("victim-support/UserTask_PlanNotification", "police")
        .containsEntry("victim-support/UserTask_RecordConsent", "victim-services")
        .containsEntry("victims-rights-notice/UserTask_GiveRightsNotice", "police")
        .containsEntry("partner-referral/UserTask_AcceptReferral", "community-partners")
        .containsEntry("officer-wellness/UserTask_RecordDebriefAttendance", "wellness")
        .containsEntry("community-engagement/UserTask_HoldListeningSession", "community-partners");

    assertThat(valuesOf(incidentId)).doesNotContain(LAST_NAME, PHONE, ADDRESS, ADVOCATE_NOTE, FIRST_NAME);
    for (HistoricProcessInstance instance : instances) {
      if (instance.getProcessDefinitionKey().equals("partner-referral")) {
        assertThat(valuesOf(instance.getId())).contains(FIRST_NAME)
            .doesNotContain(LAST_NAME, PHONE, ADDRESS, ADVOCATE_NOTE);
      }
    }
    // ... while the victim's own case did hold them, so the scan above can see such values
    HistoricProcessInstance victimCase = instances.stream()
        .filter(i -> i.getProcessDefinitionKey().equals("victim-support")).findFirst().orElseThrow();
    assertThat(valuesOf(victimCase.getId())).contains(LAST_NAME, PHONE, ADDRESS, ADVOCATE_NOTE);
  }

  /** Every value the instance's history holds, as one text to search. */
  private String valuesOf(String processInstanceId) {
    StringBuilder values = new StringBuilder();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      values.append(variable.getName()).append('=').append(variable.getValue()).append('|');
    }
    return values.toString();
  }

  /** Completes the task through the engine API as the user would through Tasklist: claim, fill, submit. */
  public void completeThroughApi(Task task, String user, String group) {
    identityService.setAuthentication(user, List.of(group), List.of("houston"));
    try {
      taskService.claim(task.getId(), user);
      Map<String, Object> values = answers.fill(formService.getDeployedTaskForm(task.getId()),
          taskService.getVariables(task.getId()), ClockUtil.getCurrentTime().toInstant());
      formService.submitTaskForm(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The agency (candidate group) the task is routed to. */
  public String agencyOf(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    assertThat(groups).as("task " + task.getName() + " is routed to an agency").isNotEmpty();
    return groups.get(0);
  }

  private void complete(Task task, Caseworker caseworker) {
    String group = agencyOf(task);
    String user = ROLE.get(group) + "-houston";
    assertThat(identityService.createGroupQuery().groupMember(user).list()).extracting(Group::getId)
        .contains(group);
    caseworker.complete(task, user, group);
    completedBy.put(task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey(), group);
  }

  /** What this incident's caseworkers answer where the scenario needs a particular path. */
  private static FormFiller caseworkerAnswers() {
    return new FormFiller()
        .answers("victimStatus", "deceased", "injured", "injured")
        .answers("moreVictimsToIdentify", true, true, false)
        .answer("continueDailyCheckIns", false)
        .answer("readyForTransition", true)
        .answer("interferesWithInvestigation", false)
        .answer("contactFirstName", FIRST_NAME).answer("contactLastName", LAST_NAME).answer("contactPhone", PHONE)
        .answer("contactAddress", ADDRESS).answer("advocateNotes", ADVOCATE_NOTE)
        .answer("consentGiven", "yes").answer("consentGivenBy", "victim")
        .answer("consentRecipientCategories", List.of("mental-health-provider", "community-victim-services"))
        .answer("consentDataClasses", List.of("first-name", "needs-summary"))
        .answer("consentGivenOn", "2026-06-13").answer("consentExpiresOn", "2027-06-13")
        .answer("writtenConsentConfirmed", true)
        .answer("needs", List.of("financial", "mental-health", "housing"))
        .answer("servicesGiven", List.of("information-and-referral", "emotional-support-or-safety"))
        .answer("raceEthnicity", "black-or-african-american").answer("genderIdentity", "female")
        .answer("ageBand", "25-59").answer("victimizationTypes", List.of("adult-physical-assault"))
        .answer("supportPreference", "community-based")
        .answer("followUpOutcome", "reached")
        .answer("partnerDecision", "accept")
        .answer("involvement", "shooter").answer("injured", false).answer("priorIncidents12Months", 0L)
        .answer("actionItemsAgreed", true).answer("actionItemOwner", "police").answer("anotherActionItem", false);
  }

  private void runDueJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private void moveClockToNextTimer() {
    // the case's timers; a timer that starts a process (the daily digest) is no step of the case
    Job next = managementService.createJobQuery().timers().orderByJobDuedate().asc().list().stream()
        .filter(job -> job.getProcessInstanceId() != null).findFirst()
        .orElseThrow(() -> new AssertionError("nothing to do and nothing to wait for"));
    Date due = next.getDuedate();
    if (due.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    }
  }

  private Map<String, Long> openWork() {
    Map<String, Long> open = new LinkedHashMap<>();
    taskService.createTaskQuery().list().forEach(t -> open.merge(t.getTaskDefinitionKey(), 1L, Long::sum));
    managementService.createJobQuery().list().forEach(j -> open.merge("job:" + j.getJobDefinitionId(), 1L, Long::sum));
    return open;
  }
}
