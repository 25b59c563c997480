package org.collectivehealing.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.testing.IncidentReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9, findings 1 to 5, as an attacker tries them over REST against the demo start: each call is refused
 * with a message that says why, and the refused call changed nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:caller-guard;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class CallerCommandGuardTest {

  static final String START = IncidentReports.START;
  static final String REPORT = IncidentReports.variables();

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** A victim case as police open it: its advocate's first-contact task with its 24-hour timer. */
  String victimCase(String site, String caseNumber, String lastName) {
    return runtime.createProcessInstanceByKey("victim-support").businessKey(caseNumber)
        .setVariables(Map.of("site", site, "incidentCaseNumber", caseNumber.replaceFirst("-V1$", ""),
            "victimCaseNumber", caseNumber, "victimStatus", "injured", "siteState", "TX",
            "contactLastName", lastName, "advocateNotes", "Confidential note " + lastName))
        .startBeforeActivity("UserTask_FirstAdvocateContact").execute().getId();
  }

  String taskOf(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  long instances() {
    return history.createHistoricProcessInstanceQuery().count();
  }

  @Test
  void finding1_aStartNeverTakesACaseNumberReporterOrOtherSystemVariableFromTheCaller() {
    HttpResponse<String> first = http.postJson(START, "commander-houston", "{\"variables\":{" + REPORT + "}}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String existing = runtime.createProcessInstanceQuery().processInstanceId(
        first.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).singleResult().getBusinessKey();
    long before = instances();
    for (String system : new String[] {
        "\"caseNumber\":{\"value\":\"" + existing + "\"}", "\"reportedBy\":{\"value\":\"officer-houston\"}",
        "\"victimCaseNumber\":{\"value\":\"" + existing + "-V1\"}", "\"victimsIdentified\":{\"value\":0,\"type\":\"Long\"}"}) {
      String name = system.substring(1, system.indexOf('"', 1));
      for (String path : new String[] {START, START.replace("/start", "/submit-form")}) {
        HttpResponse<String> refused = http.postJson(path, "commander-houston",
            "{\"variables\":{" + REPORT + "," + system + "}}");
        assertThat(refused.statusCode()).as(path + " with " + name + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(name).contains("not a field");
      }
    }
    HttpResponse<String> chosenKey = http.postJson(START, "commander-houston",
        "{\"businessKey\":\"" + existing + "\",\"variables\":{" + REPORT + "}}");
    assertThat(chosenKey.statusCode()).as(chosenKey.body()).isEqualTo(400);
    assertThat(chosenKey.body()).contains("business key");
    assertThat(instances()).as("no refused start left a case").isEqualTo(before);
  }

  @Test
  void finding1_completionsAndDirectWritesCannotChangeWhatTheSystemOwns() {
    String victim = victimCase("houston", "HOU-2026-0101-V1", "Guarded");
    String task = taskOf(victim);
    tasks.claim(task, "advocate-houston");
    HttpResponse<String> complete = http.postJson("/engine-rest/task/" + task + "/complete", "advocate-houston",
        "{\"variables\":{\"victimCaseNumber\":{\"value\":\"HOU-2026-0001-V1\"}}}");
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(400);
    assertThat(complete.body()).contains("victimCaseNumber").contains("not a field");

    HttpResponse<String> put = http.putJson("/engine-rest/process-instance/" + victim + "/variables/victimCaseNumber",
        "admin", "{\"value\":\"HOU-2026-0001-V1\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
    assertThat(put.body()).contains("victimCaseNumber").contains("set by the system");
    HttpResponse<String> byAdvocate = http.postJson("/engine-rest/task/" + task + "/variables", "advocate-houston",
        "{\"modifications\":{\"advocateNotes\":{\"value\":\"rewritten\"}}}");
    assertThat(byAdvocate.statusCode()).as(byAdvocate.body()).isEqualTo(403);
    assertThat(byAdvocate.body()).contains("outside a form");
    HttpResponse<String> message = http.postJson("/engine-rest/message", "commander-houston",
        "{\"messageName\":\"ConsentRevoked\",\"processVariables\":{\"caseNumber\":{\"value\":\"x\"}}}");
    assertThat(message.statusCode()).as(message.body()).isEqualTo(403);
    assertThat(runtime.getVariable(victim, "victimCaseNumber")).isEqualTo("HOU-2026-0101-V1");
    assertThat(runtime.getVariable(victim, "advocateNotes")).isEqualTo("Confidential note Guarded");
    assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
  }

  @Test
  void finding2_variableFiltersOnConfidentialValuesAnswerTheSameForEveryGuess() {
    victimCase("houston", "HOU-2026-0102-V1", "Xylophone");
    // naming a process whose variables command may not read, or a query the engine cannot narrow: refused
    for (String path : new String[] {
        "/engine-rest/process-instance?processDefinitionKey=victim-support&variables=contactLastName_like_Xyl%25",
        "/engine-rest/history/process-instance?processDefinitionKey=victim-support&variables=contactLastName_like_Xyl%25",
        "/engine-rest/history/task?processVariables=contactLastName_like_Xyl%25",
        "/engine-rest/task?processDefinitionKey=victim-support&processVariables=advocateNotes_like_Confidential%25"}) {
      HttpResponse<String> guess = http.get(path, "commander-houston");
      assertThat(guess.statusCode()).as(path + ": " + guess.body()).isEqualTo(403);
      assertThat(guess.body()).contains("by variables of [").contains("victim-support");
    }
    // a query over every process is narrowed to those whose variables command reads: the same answer for a
    // right guess and a wrong one
    for (String path : new String[] {"/engine-rest/process-instance?variables=contactLastName_like_%s%%25",
        "/engine-rest/history/process-instance?variables=contactLastName_like_%s%%25",
        "/engine-rest/task?processVariables=contactLastName_like_%s%%25",
        "/engine-rest/process-instance?variables=advocateNotes_like_%s%%25"}) {
      HttpResponse<String> right = http.get(String.format(path, path.contains("advocate") ? "Confidential" : "Xyl"),
          "commander-houston");
      HttpResponse<String> wrong = http.get(String.format(path, "Abc"), "commander-houston");
      assertThat(right.statusCode()).as(path + ": " + right.body()).isEqualTo(200);
      assertThat(right.body()).as(path).isEqualTo(wrong.body()).isEqualTo("[]");
    }
    HttpResponse<String> advocate = http.get("/engine-rest/process-instance?variables=contactLastName_like_Xyl%25",
        "advocate-houston");
    assertThat(advocate.statusCode()).as("advocates search their own cases: " + advocate.body()).isEqualTo(200);
    assertThat(advocate.body()).contains("HOU-2026-0102-V1");
  }

  @Test
  void finding2_cockpitsInstanceSearchRefusesVariablesCommandMayNotRead() {
    victimCase("houston", "HOU-2026-0106-V1", "Zebra");
    Http cockpit = new Http(port);
    assertThat(cockpit.webappLogin("cockpit", "commander-houston", "commander-houston").statusCode()).isEqualTo(200);
    for (String prefix : new String[] {"Zeb", "Abc"}) {
      HttpResponse<String> search = cockpit.webappPostJson("/camunda/api/cockpit/plugin/base/default/process-instance",
          "{\"variables\":[{\"name\":\"contactLastName\",\"operator\":\"like\",\"value\":\"" + prefix + "%\"}]}");
      assertThat(search.statusCode()).as(search.body()).isEqualTo(403);
      assertThat(search.body()).contains("by variables of");
    }
  }

  @Test
  void finding3_aRefusedJobExecutionLeavesTheTimerAsItWas() {
    String oakland = victimCase("oakland", "OAK-2026-0103-V1", "Timer");
    Job timer = management.createJobQuery().processInstanceId(oakland).timers().singleResult();
    int retries = timer.getRetries();
    for (int attempt = 0; attempt < retries + 1; attempt++) {
      HttpResponse<String> otherSite = http.postJson("/engine-rest/job/" + timer.getId() + "/execute",
          "officer-houston", "");
      assertThat(otherSite.statusCode()).as(otherSite.body()).isEqualTo(404);
      assertThat(otherSite.body()).contains("No job with id " + timer.getId());
      HttpResponse<String> sameSite = http.postJson("/engine-rest/job/" + timer.getId() + "/execute",
          "officer-oakland", "");
      assertThat(sameSite.statusCode()).as(sameSite.body()).isEqualTo(403);
    }
    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtime.createIncidentQuery().processInstanceId(oakland).count()).isZero();
  }

  @Test
  void finding4_onlyTheAgencyWorkingATaskWritesOrReadsItsNotes() {
    String victim = victimCase("houston", "HOU-2026-0104-V1", "Notes");
    String task = taskOf(victim);
    HttpResponse<String> comment = http.postJson("/engine-rest/task/" + task + "/comment/create",
        "commander-houston", "{\"message\":\"from command\"}");
    HttpResponse<String> attachment = http.postMultipart("/engine-rest/task/" + task + "/attachment/create",
        "commander-houston", Map.of("attachment-name", "photo", "attachment-type", "text/plain",
            "content", "from command"));
    for (HttpResponse<String> refused : java.util.List.of(comment, attachment)) {
      assertThat(refused.statusCode()).as(refused.uri() + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("case notes");
    }
    assertThat(tasks.getTaskComments(task)).isEmpty();
    assertThat(tasks.getTaskAttachments(task)).isEmpty();
    HttpResponse<String> own = http.postJson("/engine-rest/task/" + task + "/comment/create", "advocate-houston",
        "{\"message\":\"first call booked\"}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task/" + task + "/comment", "commander-houston").statusCode()).isEqualTo(403);
    assertThat(http.get("/engine-rest/task/" + task + "/comment", "advocate-houston").body())
        .contains("first call booked");
    HttpResponse<String> tooLong = http.postJson("/engine-rest/task/" + task + "/comment/create", "advocate-houston",
        "{\"message\":\"" + "x".repeat(4001) + "\"}");
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("at most 4000 characters; this one has 4001");
    tasks.complete(task, Map.of("firstContactAt", "2026-11-27T10:00+00:00", "firstContactChannel", "phone",
        "advocateType", "community-based", "confidentialityExplained", true,
        "servicesGiven", List.of("information-and-referral"), "raceEthnicity", "not-reported",
        "genderIdentity", "not-reported", "ageBand", "not-reported", "victimizationTypes", List.of("other")));
    HttpResponse<String> ended = http.postJson("/engine-rest/task/" + task + "/comment/create", "advocate-houston",
        "{\"message\":\"after the fact\"}");
    assertThat(ended.statusCode()).as("no notes on an ended task: " + ended.body()).isEqualTo(403);
  }

  @Test
  void finding5_neitherResolveNorStartInstructionsGetPastAForm() {
    String victim = victimCase("houston", "HOU-2026-0105-V1", "Resolve");
    String task = taskOf(victim);
    HttpResponse<String> resolve = http.postJson("/engine-rest/task/" + task + "/resolve", "advocate-houston",
        "{\"variables\":{\"firstContactChannel\":{\"value\":\"no-such-channel\"}}}");
    assertThat(resolve.statusCode()).as(resolve.body()).isEqualTo(400);
    assertThat(resolve.body()).contains("completing the task");
    assertThat(runtime.getVariable(victim, "firstContactChannel")).isNull();
    tasks.claim(task, "advocate-houston");
    HttpResponse<String> undelegated = http.postJson("/engine-rest/task/" + task + "/resolve", "advocate-houston", "{}");
    assertThat(undelegated.statusCode()).as(undelegated.body()).isEqualTo(400);
    assertThat(undelegated.body()).contains("was not delegated");
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("advocate-houston");

    long before = instances();
    HttpResponse<String> midway = http.postJson(START, "commander-houston",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_ReviewActivation\"}]}");
    assertThat(midway.statusCode()).as(midway.body()).isEqualTo(403);
    assertThat(midway.body()).contains("start instructions");
    assertThat(instances()).isEqualTo(before);
  }
}
