package org.collectivehealing.workflow.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.scenario.FormFiller;
import org.collectivehealing.workflow.scenario.HoustonShooting;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens a site's real cases the way its caseworkers do, over REST with their own logins: command reports an
 * incident and reviews it, the police identify an injured victim and record the contact, the advocate makes
 * contact, records consent and assesses needs, and the referral that consent covers reaches a partner. The
 * engine API is used only to find the next task and its form, never to do the work.
 */
final class CaseOpener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final Http http;

  CaseOpener(ProcessEngine engine, DataSource dataSource, Http http) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.http = http;
  }

  static String user(String group, String site) {
    return HoustonShooting.ROLE.get(group) + "-" + site;
  }

  SiteCases open(String site) {
    String title = Character.toUpperCase(site.charAt(0)) + site.substring(1);
    // each site's values start differently, so that a prefix filter finds only the site it aims at
    SiteCases.Secrets secrets = new SiteCases.Secrets(title + "-Okonkwo", site.equals("houston") ? "713-555-0142"
        : "510-555-0199", "4410 " + title + " Road", title + " note: prefers calls after six, sister helps");
    FormFiller answers = new HoustonShooting(engine).answers().answer("victimStatus", "injured")
        .answer("moreVictimsToIdentify", false).answer("contactLastName", secrets.lastName())
        .answer("contactPhone", secrets.phone()).answer("contactAddress", secrets.address())
        .answer("advocateNotes", secrets.advocateNote());

    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/incident-response/start",
        user("command", site), "{\"variables\":" + StartRequests.validReport(site) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String incidentId = field(started.body(), "id");
    String caseNumber = (String) engine.getRuntimeService().getVariable(incidentId, "caseNumber");

    work(site, incidentId, "UserTask_ReviewActivation", answers);
    work(site, incidentId, "UserTask_IdentifyVictim", answers);
    String victimId = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(incidentId)
        .processDefinitionKey("victim-support").singleResult().getId();
    String victimCaseNumber = (String) engine.getRuntimeService().getVariable(victimId, "victimCaseNumber");
    work(site, victimId, "UserTask_RecordContactDetails", answers);
    work(site, victimId, "UserTask_FirstAdvocateContact", answers);
    work(site, victimId, "UserTask_RecordConsent", answers);
    work(site, victimId, "UserTask_AssessNeeds", answers);
    String referralId = awaitReferral(victimId);
    String rightsId = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(victimId)
        .processDefinitionKey("victims-rights-notice").singleResult().getId();

    List<SiteCases.OpenTask> tasks = List.of(openTask(incidentId, "UserTask_ConvenePartners", answers),
        openTask(victimId, "UserTask_HelpWithCompensation", answers),
        openTask(rightsId, "UserTask_GiveRightsNotice", answers),
        openTask(referralId, "UserTask_AcceptReferral", answers));
    List<String> timers = new ArrayList<>();
    for (String instance : List.of(victimId, incidentId, referralId)) {
      engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()
          .forEach(job -> timers.add(job.getId()));
    }
    assertThat(timers).as("timers at " + site).isNotEmpty();
    List<String> consents = new JdbcTemplate(dataSource).queryForList(
        "SELECT id FROM chw_consent WHERE victim_case_number = ? ORDER BY id", String.class, victimCaseNumber);
    assertThat(consents).as("consents recorded at " + site).isNotEmpty();
    String referralNumber = (String) engine.getRuntimeService().getVariable(referralId, "referralNumber");
    return new SiteCases(site, caseNumber, victimCaseNumber, referralNumber,
        List.of(new SiteCases.Instance(incidentId, "incident-response"),
            new SiteCases.Instance(victimId, "victim-support"),
            new SiteCases.Instance(rightsId, "victims-rights-notice"),
            new SiteCases.Instance(referralId, "partner-referral")),
        tasks, timers, consents, secrets);
  }

  /** Submits the task's form over REST as its agency's user at the site. */
  private void work(String site, String instanceId, String taskKey, FormFiller answers) {
    SiteCases.OpenTask task = openTask(instanceId, taskKey, answers);
    HttpResponse<String> done = http.postJson("/engine-rest/task/" + task.id() + "/submit-form",
        user(task.group(), site), "{\"variables\":" + task.validVariables() + "}");
    assertThat(done.statusCode()).as(taskKey + " at " + site + ": " + done.body()).isEqualTo(204);
  }

  private SiteCases.OpenTask openTask(String instanceId, String taskKey, FormFiller answers) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " open in " + instanceId).isNotNull();
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElseThrow();
    Map<String, Object> values = answers.answersFor(
        FormFiller.parse(engine.getFormService().getDeployedTaskForm(task.getId())),
        engine.getTaskService().getVariables(task.getId()), Instant.now());
    return new SiteCases.OpenTask(task.getId(), taskKey, group, instanceId, restVariables(values));
  }

  /** The referral starts behind an asynchronous step that the job executor runs. */
  private String awaitReferral(String victimId) {
    for (int attempt = 0; attempt < 600; attempt++) {
      var referral = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("partner-referral")
          .variableValueEquals("victimCaseNumber", engine.getRuntimeService().getVariable(victimId,
              "victimCaseNumber")).list();
      if (!referral.isEmpty() && engine.getTaskService().createTaskQuery()
          .processInstanceId(referral.get(0).getId()).count() > 0) {
        return referral.get(0).getId();
      }
      List<Job> failed = engine.getManagementService().createJobQuery().processInstanceId(victimId).withException()
          .list();
      assertThat(failed).as("referral routing failed").isEmpty();
      pause(100);
    }
    throw new AssertionError("no partner referral started for " + victimId);
  }

  /** Values in the REST API's typed form: checklists as JSON, as Tasklist sends them. */
  static String restVariables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value instanceof Number number) {
        variable.put("value", number.longValue()).put("type", "Long");
      } else if (value instanceof Boolean flag) {
        variable.put("value", flag).put("type", "Boolean");
      } else if (value instanceof List<?> list) {
        try {
          variable.put("value", JSON.writeValueAsString(list)).put("type", "Json");
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      } else {
        variable.put("value", String.valueOf(value)).put("type", "String");
      }
    });
    return variables.toString();
  }

  static String field(String json, String name) {
    try {
      return JSON.readTree(json).path(name).asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(json, e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
