package org.collectivehealing.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.collectivehealing.workflow.testing.CandidateGroupCounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Who sees what, tried from the outside: caseworkers of every agency at two sites call the REST API over HTTP
 * on PostgreSQL, for every kind of resource, against cases of every process at both sites. "Denied" means no
 * data: an empty list, or a refusal without the data. The matrix is written to the test output and to
 * target/access-matrix.md.
 */
class AccessMatrixIT {

  static final List<String> GROUPS = List.of("command", "police", "victim-services", "community-partners",
      "wellness");
  static final Map<String, String> ROLE = Map.of("command", "commander", "police", "officer",
      "victim-services", "advocate", "community-partners", "partner", "wellness", "peer");
  static final List<String> SITES = List.of("houston", "oakland");
  static final ObjectMapper JSON = new ObjectMapper();

  /** The design (README, "Who sees what"): per agency, the processes whose instances/tasks/history it reads. */
  static final Map<String, Set<String>> READS_INSTANCES = Map.of(
      "command", Set.of("incident-response", "victim-support", "victims-rights-notice", "partner-referral",
          "officer-wellness", "community-engagement"),
      "police", Set.of(),
      "victim-services", Set.of("victim-support", "victims-rights-notice", "partner-referral"),
      "community-partners", Set.of("community-engagement"),
      "wellness", Set.of("officer-wellness"));
  static final Map<String, Set<String>> READS_VARIABLES = Map.of(
      "command", Set.of("incident-response"),
      "police", Set.of(),
      "victim-services", Set.of("victim-support", "victims-rights-notice", "partner-referral"),
      "community-partners", Set.of(),
      "wellness", Set.of("officer-wellness"));

  /** One open task of a case at a site, routed to a group, with a variable only its readers may see. */
  record Case(String site, String process, String taskKey, String group, String instanceId, String taskId,
      String secretVariable) {

    String label() {
      return process + "/" + taskKey.replace("UserTask_", "");
    }
  }

  static ConfigurableApplicationContext node;
  static Http http;
  static final List<Case> CASES = new ArrayList<>();
  static final Set<String> VICTIM_PROCESSES = Set.of("victim-support", "victims-rights-notice", "partner-referral");
  /** "user|case key" of every victim-case variable read the matrix made and was given. */
  static final Set<String> VICTIM_READS = new java.util.TreeSet<>();
  static final Map<String, Map<String, String>> MATRIX = new LinkedHashMap<>();
  static int assertions;

  @BeforeAll
  static void startWithCasesAtTwoSites() {
    node = PostgresNodes.start(TestPostgres.newDatabase());
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), AccessMatrixIT::password);
    IdentityService identity = node.getBean(IdentityService.class);
    for (String group : GROUPS) {
      for (String site : SITES) {
        String id = user(group, site);
        User user = identity.newUser(id);
        user.setPassword(password(id));
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.createTenantUserMembership(site, id);
      }
    }
    for (String site : SITES) {
      openCases(site);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (node != null) {
      node.close();
    }
    if (MATRIX.isEmpty()) {
      return;
    }
    StringBuilder table = new StringBuilder("| user | " + String.join(" | ", MATRIX.values().iterator().next()
        .keySet()) + " |\n|---|" + "---|".repeat(MATRIX.values().iterator().next().size()) + "\n");
    MATRIX.forEach((user, row) -> table.append("| ").append(user).append(" | ")
        .append(String.join(" | ", row.values())).append(" |\n"));
    table.append("\n").append(assertions).append(" allowed-or-denied assertions\n");
    System.out.println("\nAccess matrix (rows: user; cells: what the user got of Houston's data)\n" + table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/access-matrix.md"), table.toString());
  }

  @Test
  void everyAgencyAtEverySiteSeesExactlyWhatTheDesignGivesIt() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    for (String group : GROUPS) {
      for (String site : SITES) {
        String user = user(group, site);
        Map<String, String> row = new LinkedHashMap<>();
        MATRIX.put(user, row);
        checkTasks(softly, user, group, site, row);
        checkInstances(softly, user, group, site, row);
        checkHistory(softly, user, group, site, row);
        checkAdministrativeResources(softly, user, group, site, row);
      }
    }
    softly.assertAll();
    assertThat(assertions).isGreaterThanOrEqualTo(200);

    // every victim-case read the matrix was given is in the read audit, and no other user/case pair is
    Set<String> audited = new java.util.TreeSet<>();
    HttpResponse<String> listed = http.get("/api/audit/reads?size=500", PostgresNodes.ADMIN_ID);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JSON.readTree(listed.body()).path("records")
        .forEach(r -> audited.add(r.path("userId").asText() + "|" + r.path("caseKey").asText()));
    assertThat(VICTIM_READS).as("victim-case reads made by the matrix").isNotEmpty();
    assertThat(audited).as("audited reads").containsAll(VICTIM_READS);
    assertThat(audited).as("nothing audited that was not read").isSubsetOf(VICTIM_READS);
  }

  static final List<String> LIST_ENDPOINTS = List.of("/task", "/process-instance", "/execution",
      "/variable-instance", "/incident", "/job", "/external-task", "/event-subscription", "/process-definition",
      "/decision-definition", "/deployment", "/filter", "/history/process-instance", "/history/activity-instance",
      "/history/task", "/history/variable-instance", "/history/detail", "/history/incident", "/history/job-log",
      "/history/decision-instance", "/history/identity-link-log", "/history/user-operation",
      "/history/external-task-log", "/tenant", "/user", "/group", "/authorization");

  @Test
  void nobodyAtHoustonFindsAnOaklandRowOnAnyListEndpoint() {
    SoftAssertions softly = new SoftAssertions();
    List<String> oakland = new ArrayList<>(List.of("oakland"));
    CASES.stream().filter(c -> c.site().equals("oakland"))
        .forEach(c -> oakland.addAll(List.of(c.instanceId(), c.taskId())));
    int calls = 0;
    for (String group : GROUPS) {
      String user = user(group, "houston");
      for (String endpoint : LIST_ENDPOINTS) {
        HttpResponse<String> response = http.get("/engine-rest" + endpoint + "?maxResults=1000", user);
        softly.assertThat(response.statusCode()).as(user + " GET " + endpoint).isIn(200, 403);
        for (String trace : oakland) {
          softly.assertThat(response.body()).as(user + " GET " + endpoint + " must show nothing of Oakland")
              .doesNotContain(trace);
        }
        calls++;
      }
    }
    softly.assertAll();
    assertThat(calls).isEqualTo(GROUPS.size() * LIST_ENDPOINTS.size());
    // the probe does find Oakland where it may be seen: administrators see every site
    assertThat(http.get("/engine-rest/task?maxResults=1000", PostgresNodes.ADMIN_ID).body()).contains(oakland.get(1));
  }

  private void checkTasks(SoftAssertions softly, String user, String group, String site, Map<String, String> row)
      throws IOException {
    for (Case c : CASES) {
      if (c.process().equals("victims-rights-notice")) {
        String body = http.get("/engine-rest/task/" + c.taskId() + "/variables", user).body();
        check(softly, user, "advocate notes through the rights-notice task@" + c.site(),
            body.contains("advocateNotes") || body.contains("Note for "), false);
      }
    }
    Set<String> listed = ids(http.get("/engine-rest/task?maxResults=500", user));
    for (Case c : CASES) {
      boolean ownSite = c.site().equals(site);
      boolean sees = ownSite && (c.group().equals(group) || READS_INSTANCES.get(group).contains(c.process()));
      check(softly, user, "task list: " + c.label() + "@" + c.site(), listed.contains(c.taskId()), sees);
      HttpResponse<String> variables = http.get("/engine-rest/task/" + c.taskId() + "/variables", user);
      boolean readsVariables = ownSite && (c.group().equals(group) || READS_VARIABLES.get(group).contains(c.process()));
      boolean given = variables.statusCode() == 200 && variables.body().contains(c.secretVariable());
      noteRead(user, c, given);
      check(softly, user, "task variables: " + c.label() + "@" + c.site(), given, readsVariables);
      if (c.site().equals("houston")) {
        row.put("task " + c.label(), mark(sees) + "/" + mark(readsVariables));
      }
    }
  }

  /** Runtime and history are two doors to the same instances: both are tried the same way. */
  private void checkInstances(SoftAssertions softly, String user, String group, String site, Map<String, String> row)
      throws IOException {
    checkInstanceDoor(softly, user, group, site, row, "", "/engine-rest/process-instance",
        id -> "/engine-rest/process-instance/" + id + "/variables");
  }

  private void checkHistory(SoftAssertions softly, String user, String group, String site, Map<String, String> row)
      throws IOException {
    checkInstanceDoor(softly, user, group, site, row, "history ", "/engine-rest/history/process-instance",
        id -> "/engine-rest/history/variable-instance?processInstanceId=" + id);
  }

  private void checkInstanceDoor(SoftAssertions softly, String user, String group, String site,
      Map<String, String> row, String door, String listPath, UnaryOperator<String> variablesPath) throws IOException {
    Set<String> listed = ids(http.get(listPath + "?maxResults=500", user));
    for (Case c : uniqueInstances()) {
      boolean sees = c.site().equals(site) && READS_INSTANCES.get(group).contains(c.process());
      boolean readsVariables = c.site().equals(site) && READS_VARIABLES.get(group).contains(c.process());
      check(softly, user, door + "instances: " + c.process() + "@" + c.site(), listed.contains(c.instanceId()), sees);
      HttpResponse<String> variables = http.get(variablesPath.apply(c.instanceId()), user);
      boolean given = variables.statusCode() == 200 && variables.body().contains(c.secretVariable());
      noteRead(user, c, given);
      check(softly, user, door + "variables: " + c.process() + "@" + c.site(), given, readsVariables);
      if (c.site().equals("houston")) {
        row.put(door + c.process(), mark(sees) + "/" + mark(readsVariables));
      }
    }
  }

  private void checkAdministrativeResources(SoftAssertions softly, String user, String group, String site,
      Map<String, String> row) throws IOException {
    boolean decisions = nonEmpty(http.get("/engine-rest/decision-definition", user));
    check(softly, user, "decision definitions", decisions, group.equals("command"));
    // command reads the deployed models (Cockpit's "Deployments") and tasks per group (Cockpit's "Human Tasks")
    boolean deployments = nonEmpty(http.get("/engine-rest/deployment", user));
    check(softly, user, "deployments", deployments, group.equals("command"));
    HttpResponse<String> byGroup = http.get("/engine-rest/task/report/candidate-group-count", user);
    check(softly, user, "tasks per candidate group", byGroup.statusCode() == 200, group.equals("command"));
    if (byGroup.statusCode() == 200) {
      softly.assertThat(countsByGroup(byGroup)).as(user + ": tasks per candidate group are its own site's")
          .isEqualTo(CandidateGroupCounts.of(node.getBean(TaskService.class), site));
    } else {
      softly.assertThat(byGroup.body()).as(user + ": the refusal says what is missing")
          .contains("READ").contains("Task");
    }
    // the engine lets everyone read their own account and own group; nobody else's
    Set<String> users = ids(http.get("/engine-rest/user?maxResults=500", user));
    check(softly, user, "users other than themselves", !Set.of(user).containsAll(users), false);
    Set<String> groups = ids(http.get("/engine-rest/group?maxResults=500", user));
    check(softly, user, "groups other than their own", !Set.of(group).containsAll(groups), false);
    String filters = http.get("/engine-rest/filter", user).body();
    for (String agency : GROUPS) {
      String queue = node.getBean(org.collectivehealing.workflow.identity.IdentityProperties.class).agencies()
          .get(agency) + ": open";
      check(softly, user, "filter '" + queue + "'", filters.contains("\"" + queue + "\""), agency.equals(group));
    }
    check(softly, user, "filter 'Claimed by me'", filters.contains("\"Claimed by me\""), true);
    row.put("decisions", mark(decisions));
    row.put("deployments", mark(deployments));
    row.put("tasks per group", mark(byGroup.statusCode() == 200));
    row.put("other users/groups", mark(!Set.of(user).containsAll(users) || !Set.of(group).containsAll(groups)));
  }

  private static void noteRead(String user, Case c, boolean given) {
    if (given && VICTIM_PROCESSES.contains(c.process())) {
      VICTIM_READS.add(user + "|" + caseKey(c));
    }
  }

  private static String caseKey(Case c) {
    // the rights notice is called from the victim case and is audited under it
    return c.process().equals("partner-referral") ? c.site() + "-V1-R1" : c.site() + "-V1";
  }

  private static void check(SoftAssertions softly, String user, String what, boolean allowed, boolean expected) {
    assertions++;
    softly.assertThat(allowed).as(user + " → " + what + (expected ? " should be allowed" : " should be denied"))
        .isEqualTo(expected);
  }

  private static List<Case> uniqueInstances() {
    Map<String, Case> byInstance = new LinkedHashMap<>();
    CASES.forEach(c -> byInstance.putIfAbsent(c.instanceId(), c));
    return List.copyOf(byInstance.values());
  }

  private static Set<String> ids(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      return Set.of();
    }
    Set<String> ids = new java.util.HashSet<>();
    JSON.readTree(response.body()).forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static Map<String, Long> countsByGroup(HttpResponse<String> report) throws IOException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    JSON.readTree(report.body()).forEach(row -> counts.put(
        row.path("groupName").asText(CandidateGroupCounts.NO_GROUP), row.path("taskCount").asLong()));
    return counts;
  }

  private static boolean nonEmpty(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      return false;
    }
    JsonNode body = JSON.readTree(response.body());
    return body.isArray() && body.size() > 0;
  }

  private static String mark(boolean allowed) {
    return allowed ? "yes" : "no";
  }

  static String user(String group, String site) {
    return ROLE.get(group) + "-" + site;
  }

  static String password(String user) {
    if (user.equals(PostgresNodes.ADMIN_ID)) {
      return PostgresNodes.ADMIN_PASSWORD;
    }
    // the password policy refuses passwords that contain the user id
    return "Matrix-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }

  /** One case of every process at the site, each waiting at a task of a known agency. */
  private static void openCases(String site) {
    RuntimeService runtime = node.getBean(RuntimeService.class);
    String commander = user("command", site);
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/incident-response/start",
        commander, "{\"variables\":{\"incidentType\":{\"value\":\"homicide\"},"
            + "\"occurredAt\":{\"value\":\"2026-11-26T09:30+00:00\"},\"place\":{\"value\":\"Main St\"},"
            + "\"fatalities\":{\"value\":1,\"type\":\"Long\"},\"injured\":{\"value\":0,\"type\":\"Long\"},"
            + "\"officersInvolved\":{\"value\":1,\"type\":\"Long\"},\"communityTension\":{\"value\":\"high\"},"
            + "\"mediaInterest\":{\"value\":\"local\"},\"summary\":{\"value\":\"Incident summary " + site + "\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String incidentId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    add(site, "incident-response", "UserTask_ReviewActivation", "command", incidentId, "summary");

    String victimCase = runtime.createProcessInstanceByKey("victim-support").businessKey(site + "-V1")
        .setVariables(Map.of("site", site, "incidentCaseNumber", site + "-1", "victimCaseNumber", site + "-V1",
            "victimStatus", "injured", "siteState", "TX", "contactLastName", "Lastname-" + site,
            "advocateNotes", "Note for " + site))
        .startBeforeActivity("CallActivity_GiveRightsNotice").startBeforeActivity("UserTask_AssessNeeds")
        .execute().getId();
    add(site, "victim-support", "UserTask_AssessNeeds", "victim-services", victimCase, "advocateNotes");
    String rightsNotice = runtime.createProcessInstanceQuery().superProcessInstanceId(victimCase).singleResult()
        .getId();
    add(site, "victims-rights-notice", "UserTask_GiveRightsNotice", "police", rightsNotice, "contactLastName");

    String referral = runtime.createProcessInstanceByKey("partner-referral").businessKey(site + "-V1-R1")
        .setVariables(Map.of("site", site, "referralNumber", site + "-V1-R1", "victimCaseNumber", site + "-V1",
            "need", "housing", "partnerCategory", "housing-provider", "urgency", "high", "respondWithin", "P2D",
            "sharedDetails", SpinValues.jsonValue("{\"firstName\":\"Amara\"}").create()))
        .startBeforeActivity("UserTask_AcceptReferral").execute().getId();
    add(site, "partner-referral", "UserTask_AcceptReferral", "community-partners", referral, "sharedDetails");

    String wellness = runtime.createProcessInstanceByKey("officer-wellness").businessKey(site + "-W1")
        .setVariables(Map.of("site", site, "incidentCaseNumber", site + "-1", "wellnessCaseNumber", site + "-W1",
            "incidentOccurredAt", "2026-11-26T09:30+00:00"))
        .startBeforeActivity("UserTask_RecordInvolvement").execute().getId();
    add(site, "officer-wellness", "UserTask_RecordInvolvement", "wellness", wellness, "wellnessCaseNumber");

    String engagement = runtime.createProcessInstanceByKey("community-engagement").businessKey(site + "-C")
        .setVariables(Map.of("site", site, "incidentCaseNumber", site + "-1", "incidentType", "homicide"))
        .startBeforeActivity("UserTask_PlanListeningSession").execute().getId();
    add(site, "community-engagement", "UserTask_PlanListeningSession", "community-partners", engagement,
        "incidentType");
  }

  private static void add(String site, String process, String taskKey, String group, String instanceId,
      String secret) {
    String taskId = node.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(taskKey).singleResult().getId();
    CASES.add(new Case(site, process, taskKey, group, instanceId, taskId, secret));
  }
}
