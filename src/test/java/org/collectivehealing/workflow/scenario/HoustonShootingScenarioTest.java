package org.collectivehealing.workflow.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One incident from report to closure in the running application: an officer-involved shooting in Houston,
 * one person killed, two injured, high community tension. Every task is done by a demo user of the group it
 * is routed to, acting under their own permissions; time moves on only when nobody has work left, so no
 * deadline is missed. At the end every instance has ended, and no victim's details reached the incident or
 * a partner beyond what the consent released.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "spring.datasource.url=jdbc:h2:mem:scenario;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class HoustonShootingScenarioTest {

  static final Map<String, String> ROLE = Map.of("command", "commander", "police", "officer",
      "victim-services", "advocate", "community-partners", "partner", "wellness", "peer");
  static final String LAST_NAME = "Okonkwo-Ashby";
  static final String PHONE = "713-555-0142";
  static final String ADDRESS = "4410 Almeda Road";
  static final String ADVOCATE_NOTE = "Prefers calls after six; sister is the main support";

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;

  final Map<String, String> completedBy = new TreeMap<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @Test
  void oneIncidentRunsThroughEveryTrackAndEveryCaseEnds() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-12T22:40:00Z")));
    FormFiller caseworker = scenarioAnswers();

    String incidentId = reportIncident();
    int steps = 0;
    while (!ended(incidentId)) {
      assertThat(steps++).as("the scenario should end; open: " + openWork(incidentId)).isLessThan(3000);
      runDueJobs();
      List<Task> open = taskService.createTaskQuery().tenantIdIn("houston").active().list();
      if (open.isEmpty()) {
        moveClockToNextTimer();
      } else {
        open.forEach(task -> complete(task, caseworker));
      }
    }

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

    // every track was worked, each by its own agency
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

    // no victim's details in the incident; only what the consent released in the referrals
    List<String> incidentValues = values(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(incidentId).list());
    assertThat(String.join("|", incidentValues)).doesNotContain(LAST_NAME, PHONE, ADDRESS, ADVOCATE_NOTE, "Amara");
    for (HistoricProcessInstance referral : instances) {
      if (referral.getProcessDefinitionKey().equals("partner-referral")) {
        String shared = String.join("|", values(historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(referral.getId()).list()));
        assertThat(shared).contains("Amara").doesNotContain(LAST_NAME, PHONE, ADDRESS, ADVOCATE_NOTE);
      }
    }
    // ... while the victim's own case did hold them
    HistoricProcessInstance victimCase = instances.stream()
        .filter(i -> i.getProcessDefinitionKey().equals("victim-support")).findFirst().orElseThrow();
    assertThat(String.join("|", values(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(victimCase.getId()).list()))).contains(LAST_NAME, PHONE);
  }

  /** What this incident's caseworkers answer where the scenario needs a particular path. */
  private static FormFiller scenarioAnswers() {
    return new FormFiller()
        .answers("victimStatus", "deceased", "injured", "injured")
        .answers("moreVictimsToIdentify", true, true, false)
        .answer("continueDailyCheckIns", false)
        .answer("readyForTransition", true)
        .answer("interferesWithInvestigation", false)
        .answer("contactFirstName", "Amara").answer("contactLastName", LAST_NAME).answer("contactPhone", PHONE)
        .answer("contactAddress", ADDRESS).answer("advocateNotes", ADVOCATE_NOTE)
        .answer("consentGiven", "yes").answer("consentGivenBy", "victim")
        .answer("consentRecipientCategories", List.of("mental-health-provider", "community-victim-services"))
        .answer("consentDataClasses", List.of("first-name", "needs-summary"))
        .answer("consentGivenOn", "2026-06-13").answer("consentExpiresOn", "2027-06-13")
        .answer("writtenConsentConfirmed", true)
        .answer("needs", List.of("financial", "mental-health", "housing"))
        .answer("supportPreference", "community-based")
        .answer("followUpOutcome", "reached")
        .answer("partnerDecision", "accept")
        .answer("involvement", "shooter").answer("injured", false).answer("priorIncidents12Months", 0L)
        .answer("actionItemsAgreed", true).answer("actionItemOwner", "police").answer("anotherActionItem", false);
  }

  private String reportIncident() {
    identityService.setAuthentication("commander-houston", List.of("command"), List.of("houston"));
    try {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("incident-response")
          .latestVersion().singleResult().getId();
      Map<String, Object> report = new HashMap<>(Map.of("incidentType", "officer-involved-shooting",
          "occurredAt", "2026-06-12T22:05+00:00", "place", "Telephone Road and Bellfort", "fatalities", 1L,
          "injured", 2L, "officersInvolved", 2L, "communityTension", "high", "mediaInterest", "national",
          "summary", "Officers shot at a driver during a stop; a passenger died, two bystanders were injured"));
      ProcessInstance incident = formService.submitStartForm(definitionId, report);
      assertThat(incident.getTenantId()).isEqualTo("houston");
      return incident.getId();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Done by a demo user of the task's group, under that user's own permissions. */
  private void complete(Task task, FormFiller caseworker) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    assertThat(groups).as("task " + task.getName() + " is routed to an agency").isNotEmpty();
    String group = groups.get(0);
    String user = ROLE.get(group) + "-houston";
    assertThat(identityService.createGroupQuery().groupMember(user).list()).extracting(Group::getId)
        .contains(group);
    identityService.setAuthentication(user, List.of(group), List.of("houston"));
    try {
      taskService.claim(task.getId(), user);
      Map<String, Object> values = caseworker.fill(formService.getDeployedTaskForm(task.getId()),
          taskService.getVariables(task.getId()), ClockUtil.getCurrentTime().toInstant());
      formService.submitTaskForm(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    String key = task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey();
    completedBy.put(key, group);
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
    Job next = managementService.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1).stream()
        .findFirst().orElseThrow(() -> new AssertionError("nothing to do and nothing to wait for"));
    Date due = next.getDuedate();
    if (due.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    }
  }

  private boolean ended(String incidentId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).count() == 0;
  }

  private Map<String, Long> openWork(String incidentId) {
    Map<String, Long> open = new LinkedHashMap<>();
    taskService.createTaskQuery().list().forEach(t -> open.merge(t.getTaskDefinitionKey(), 1L, Long::sum));
    managementService.createJobQuery().list().forEach(j -> open.merge("job:" + j.getJobDefinitionId(), 1L, Long::sum));
    return open;
  }

  private static List<String> values(List<HistoricVariableInstance> variables) {
    List<String> values = new ArrayList<>();
    for (HistoricVariableInstance variable : variables) {
      Object value = variable.getValue();
      values.add(variable.getName() + "=" + (value == null ? "" : value.toString()));
    }
    return values;
  }
}
