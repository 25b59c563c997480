package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The read audit over HTTP on PostgreSQL: an advocate reads a victim case's variables through every kind of
 * REST call and through Tasklist; each read is recorded once under the case number, reads of other cases and
 * refused reads are not, and only administrators list the records.
 */
class ReadAuditIT {

  static final String ADVOCATE = "advocate-houston";
  static final String COMMANDER = "commander-houston";
  static final String VICTIM_CASE = "HOU-2026-0007-V1";
  static final String INCIDENT = "HOU-2026-0007";
  static final ObjectMapper JSON = new ObjectMapper();

  static ConfigurableApplicationContext node;
  static int port;
  static Http http;
  static String victimInstance;
  static String victimTask;
  static String incidentInstance;
  static String incidentTask;

  @BeforeAll
  static void start() {
    node = PostgresNodes.start(TestPostgres.newDatabase());
    port = node.getEnvironment().getProperty("local.server.port", Integer.class);
    http = new Http(port, ReadAuditIT::password);
    IdentityService identity = node.getBean(IdentityService.class);
    for (Map.Entry<String, String> user : Map.of(ADVOCATE, "victim-services", COMMANDER, "command").entrySet()) {
      User account = identity.newUser(user.getKey());
      account.setPassword(password(user.getKey()));
      identity.saveUser(account);
      identity.createMembership(user.getKey(), user.getValue());
      identity.createTenantUserMembership("houston", user.getKey());
    }
    RuntimeService runtime = node.getBean(RuntimeService.class);
    victimInstance = runtime.createProcessInstanceByKey("victim-support").businessKey(VICTIM_CASE)
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", INCIDENT, "victimCaseNumber", VICTIM_CASE,
            "victimStatus", "injured", "siteState", "TX", "contactLastName", "Lastname-audit"))
        .startBeforeActivity("UserTask_AssessNeeds").execute().getId();
    incidentInstance = runtime.createProcessInstanceByKey("incident-response").businessKey(INCIDENT)
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", INCIDENT, "summary", "Incident summary"))
        .startBeforeActivity("UserTask_ReviewActivation").execute().getId();
    TaskService tasks = node.getBean(TaskService.class);
    victimTask = tasks.createTaskQuery().processInstanceId(victimInstance).singleResult().getId();
    incidentTask = tasks.createTaskQuery().processInstanceId(incidentInstance).singleResult().getId();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyReadOfAVictimCaseIsRecordedOnceAndOnlyAdministratorsListThem() throws IOException {
    Instant before = Instant.now().minusSeconds(1);
    List<String> reads = new ArrayList<>();
    // the advocate, over REST
    for (String path : List.of("/engine-rest/task/" + victimTask + "/variables",
        "/engine-rest/task/" + victimTask + "/form-variables",
        "/engine-rest/process-instance/" + victimInstance + "/variables",
        "/engine-rest/process-instance/" + victimInstance + "/variables/contactLastName",
        "/engine-rest/history/variable-instance?processInstanceId=" + victimInstance,
        "/engine-rest/history/variable-instance",
        "/engine-rest/task?withTaskVariablesInReturn=true")) {
      HttpResponse<String> response = http.get(path, ADVOCATE);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      assertThat(response.body()).contains("Lastname-audit");
      reads.add("GET " + path.replaceFirst("\\?.*", ""));
    }
    HttpResponse<String> posted = http.postJson("/engine-rest/history/variable-instance", ADVOCATE,
        "{\"processInstanceIdIn\":[\"" + victimInstance + "\"]}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    reads.add("POST /engine-rest/history/variable-instance");

    // the advocate, in Tasklist: the task form loads its variables through the webapp's engine API
    Http tasklist = new Http(port, ReadAuditIT::password);
    assertThat(tasklist.webappLogin("tasklist", ADVOCATE, password(ADVOCATE)).statusCode()).isEqualTo(200);
    String webappPath = "/camunda/api/engine/engine/default/task/" + victimTask + "/form-variables";
    HttpResponse<String> form = tasklist.get(webappPath, null);
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(form.body()).contains("Lastname-audit");
    reads.add("GET " + webappPath);

    // not recorded: a read the engine refuses, a task list without variables
    assertThat(http.get("/engine-rest/task/" + victimTask + "/variables", COMMANDER).statusCode()).isEqualTo(403);
    HttpResponse<String> taskList = http.get("/engine-rest/task", ADVOCATE);
    assertThat(taskList.body()).as("a task list without variables").contains(victimTask).doesNotContain("Lastname");

    // completing the task and asking for the case's variables back is a read too (of a task now ended)
    String completePath = "/engine-rest/task/" + victimTask + "/complete";
    HttpResponse<String> completed = http.postJson(completePath, ADVOCATE, "{\"withVariablesInReturn\":true,"
        + "\"variables\":{\"preferredLanguage\":{\"value\":\"english\"},"
        + "\"supportPreference\":{\"value\":\"no-preference\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    assertThat(completed.body()).contains("Lastname-audit");
    reads.add("POST " + completePath);

    // not recorded: reads of a case that is no victim case, counts
    assertThat(http.get("/engine-rest/task/" + incidentTask + "/variables", COMMANDER).statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/process-instance/" + incidentInstance + "/variables", COMMANDER)
        .statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/history/variable-instance?processInstanceId=" + incidentInstance,
        COMMANDER).body()).contains("Incident summary");
    assertThat(http.get("/engine-rest/history/variable-instance/count", ADVOCATE).statusCode()).isEqualTo(200);

    assertThat(http.get("/api/audit/reads", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/audit/reads", ADVOCATE).statusCode()).isEqualTo(403);
    // from: the other test's records are not this one's
    HttpResponse<String> listed = http.get("/api/audit/reads?size=100&from=" + before, PostgresNodes.ADMIN_ID);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain("Lastname-audit");
    JsonNode records = JSON.readTree(listed.body()).get("records");
    assertThat(records).hasSize(reads.size());
    List<String> resources = new ArrayList<>();
    Instant newer = Instant.now();
    for (JsonNode record : records) {
      assertThat(record.get("userId").asText()).isEqualTo(ADVOCATE);
      assertThat(record.get("caseKey").asText()).isEqualTo(VICTIM_CASE);
      assertThat(record.get("tenantId").asText()).isEqualTo("houston");
      Instant readAt = Instant.parse(record.get("readAt").asText());
      assertThat(readAt).as("newest first").isBeforeOrEqualTo(newer).isAfter(before);
      newer = readAt;
      resources.add(record.get("resource").asText());
    }
    assertThat(resources).containsExactlyInAnyOrderElementsOf(reads);

    // filters and paging
    assertThat(JSON.readTree(http.get("/api/audit/reads?caseKey=" + INCIDENT, PostgresNodes.ADMIN_ID).body())
        .get("records")).isEmpty();
    assertThat(JSON.readTree(http.get("/api/audit/reads?user=" + COMMANDER, PostgresNodes.ADMIN_ID).body())
        .get("records")).isEmpty();
    assertThat(JSON.readTree(http.get("/api/audit/reads?caseKey=" + VICTIM_CASE + "&user=" + ADVOCATE
        + "&from=" + before + "&size=3&page=1", PostgresNodes.ADMIN_ID).body()).get("records")).hasSize(3)
        .first().satisfies(third -> assertThat(third.get("id").asText()).isEqualTo(records.get(3).get("id").asText()));
  }

  /**
   * Issue 9, finding 8: the paths Jersey serves as the same reads (a trailing slash, matrix parameters, the
   * named engine, the webapps' filters) are recorded, message correlation that returns variables too, and a path
   * no resource method serves is refused with a message rather than passed by.
   */
  @Test
  void readsThroughEveryPathJerseyServesAreRecordedAndUnknownPathsRefused() throws IOException {
    String victimCase = "HOU-2026-0008-V1";
    String referralCase = victimCase + "-R1";
    RuntimeService runtime = node.getBean(RuntimeService.class);
    String instance = runtime.createProcessInstanceByKey("victim-support").businessKey(victimCase)
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", "HOU-2026-0008", "victimCaseNumber",
            victimCase, "victimStatus", "injured", "siteState", "TX", "contactLastName", "Lastname-escape"))
        .startBeforeActivity("UserTask_AssessNeeds").execute().getId();
    String referral = runtime.createProcessInstanceByKey("partner-referral").businessKey(referralCase)
        .setVariables(Map.of("site", "houston", "referralNumber", referralCase, "victimCaseNumber", victimCase,
            "need", "housing", "partnerCategory", "housing-provider", "urgency", "high", "respondWithin", "P2D",
            "sharedDetails", "Shared-escape"))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId();
    // a filter whose list shows a variable, as Tasklist's filters may (properties.variables)
    FilterService filters = node.getBean(FilterService.class);
    Filter filter = filters.newTaskFilter("Escape check").setOwner(ADVOCATE)
        .setQuery(node.getBean(TaskService.class).createTaskQuery().processInstanceId(instance))
        .setProperties(Map.of("variables", List.of(Map.of("name", "contactLastName", "label", "Last name"))));
    filters.saveFilter(filter);
    Instant before = Instant.now().minusSeconds(1);

    List<String> reads = new ArrayList<>();
    String variables = "/engine-rest/process-instance/" + instance + "/variables";
    for (String path : List.of(variables + "/", variables + ";x=1", variables + "/contactLastName/",
        "/engine-rest/process-instance;a=b/" + instance + ";c=d/variables",
        "/engine-rest/engine/default/process-instance/" + instance + "/variables/",
        "/engine-rest/history/variable-instance/?processInstanceId=" + instance,
        "/engine-rest/variable-instance/?processInstanceIdIn=" + instance)) {
      HttpResponse<String> response = http.get(path, ADVOCATE);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      assertThat(response.body()).as(path).contains("Lastname-escape");
      reads.add("GET " + path.replaceFirst("\\?.*", ""));
    }
    Http tasklist = new Http(port, ReadAuditIT::password);
    assertThat(tasklist.webappLogin("tasklist", ADVOCATE, password(ADVOCATE)).statusCode()).isEqualTo(200);
    String filterList = "/camunda/api/engine/engine/default/filter/" + filter.getId() + "/list";
    HttpResponse<String> listedTasks = tasklist.getHal(filterList, null);
    assertThat(listedTasks.statusCode()).as(listedTasks.body()).isEqualTo(200);
    assertThat(listedTasks.body()).contains("Lastname-escape");
    reads.add("GET " + filterList);

    // correlating a message can return the instance's variables: a read of the referral by the administrator
    HttpResponse<String> correlated = http.postJson("/engine-rest/message", PostgresNodes.ADMIN_ID,
        "{\"messageName\":\"ConsentRevoked\",\"processInstanceId\":\"" + referral + "\","
            + "\"resultEnabled\":true,\"variablesInResultEnabled\":true}");
    assertThat(correlated.statusCode()).as(correlated.body()).isEqualTo(200);
    assertThat(correlated.body()).contains("Shared-escape");

    assertThat(resources(victimCase, ADVOCATE, before)).containsExactlyInAnyOrderElementsOf(reads);
    assertThat(resources(referralCase, PostgresNodes.ADMIN_ID, before)).containsExactly("POST /engine-rest/message");

    // refused, with a message, without reaching the API: paths no resource method serves, CMMN variables
    for (String path : List.of("/engine-rest/process-instance//" + instance + "/variables",
        "/engine-rest/Process-instance/" + instance + "/variables", variables + "/a/b/c",
        "/camunda/api/engine/process-instance/" + instance + "/variables")) {
      HttpResponse<String> refused = http.get(path, ADVOCATE);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(JSON.readTree(refused.body()).get("message").asText()).as(path)
          .contains("No resource of the engine's REST API has this path");
    }
    HttpResponse<String> unauditable = http.get("/engine-rest/case-instance/" + instance + "/variables", ADVOCATE);
    assertThat(unauditable.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(unauditable.body()).get("message").asText())
        .contains("the read audit cannot attribute to a case");
  }

  private static List<String> resources(String caseKey, String user, Instant from) throws IOException {
    HttpResponse<String> listed = http.get("/api/audit/reads?size=100&caseKey=" + caseKey + "&from=" + from,
        PostgresNodes.ADMIN_ID);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    List<String> resources = new ArrayList<>();
    for (JsonNode record : JSON.readTree(listed.body()).get("records")) {
      assertThat(record.get("userId").asText()).as(record.toString()).isEqualTo(user);
      resources.add(record.get("resource").asText());
    }
    return resources;
  }

  static String password(String user) {
    if (user.equals(PostgresNodes.ADMIN_ID)) {
      return PostgresNodes.ADMIN_PASSWORD;
    }
    // the password policy refuses passwords that contain the user id
    return "Audit-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
