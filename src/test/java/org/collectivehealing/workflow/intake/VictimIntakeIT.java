package org.collectivehealing.workflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.collectivehealing.workflow.quickstart.DemoQuickStartTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Police upload a hospital's list into an open incident over HTTP on PostgreSQL: every person gets a victim case
 * with its first task in the police queue, the names stay in those cases, a retried upload opens nothing twice,
 * a list with mistakes is refused whole with every mistake named, and only police and administrators of the
 * incident's site get in.
 */
class VictimIntakeIT {

  static final ObjectMapper JSON = new ObjectMapper();
  /** user: agency group and site tenant */
  static final Map<String, String[]> USERS = Map.of("officer-houston", new String[] {"police", "houston"},
      "officer-oakland", new String[] {"police", "oakland"},
      "advocate-houston", new String[] {"victim-services", "houston"},
      "commander-houston", new String[] {"command", "houston"},
      "commander-oakland", new String[] {"command", "oakland"});

  static final int MAX_BYTES = 65_536;
  static ConfigurableApplicationContext node;
  static Http http;
  static String houston;
  static String oakland;

  @BeforeAll
  static void startWithAnIncidentAtTwoSites() throws Exception {
    // a small size limit, so that a list over it is refused while the client still sends it (Tomcat reads on
    // after a refusal up to its swallow limit, 2 MB, before it drops the connection)
    node = PostgresNodes.start(TestPostgres.newDatabase(), "camunda.bpm.job-execution.enabled=false",
        "chw.intake.max-bytes=" + MAX_BYTES);
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), VictimIntakeIT::password);
    PostgresNodes.addUsers(node, USERS, VictimIntakeIT::password);
    houston = report("commander-houston");
    oakland = report("commander-oakland");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyoneOnAListGetsACaseWithTheirDetailsThereAndNowhereElseAndARetryOpensNothingTwice() throws Exception {
    String list = "{\"source\": \"St. Luke's emergency department\", \"victims\": ["
        + "{\"status\": \"injured\", \"firstName\": \"Amara\", \"lastName\": \"Okafor-Quill\", \"dateOfBirth\": "
        + "\"1990-04-12\", \"phone\": \"+1 713 555 0142\", \"location\": \"Ward 4\", \"reference\": \"SL-2291\"},"
        + "{\"status\": \"deceased\", \"reference\": \"ME-0007\"},"
        + "{\"status\": \"harmed\", \"firstName\": \"Tomasz\", \"lastName\": \"Wielgosz-Brandt\"}]}";
    long casesBefore = victimCases();

    HttpResponse<String> first = upload(houston, "officer-houston", "stlukes-0001", "application/json", list);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode opened = JSON.readTree(first.body());
    assertThat(opened.path("opened").asInt()).isEqualTo(3);
    assertThat(opened.path("replayed").asBoolean()).isFalse();
    List<String> numbers = new ArrayList<>();
    opened.path("victims").forEach(v -> numbers.add(v.path("victimCaseNumber").asText()));
    // the incident's next three numbers, shared with the other lists of these tests
    int firstNumber = Integer.parseInt(numbers.get(0).substring((houston + "-V").length()));
    assertThat(numbers).containsExactly(houston + "-V" + firstNumber, houston + "-V" + (firstNumber + 1),
        houston + "-V" + (firstNumber + 2));
    assertThat(first.body()).as("the answer names no one").doesNotContain("Okafor").doesNotContain("SL-2291");
    assertThat(victimCases()).isEqualTo(casesBefore + 3);

    // each case holds what the list said, at Houston, with its first task in the police queue
    RuntimeService runtime = node.getBean(RuntimeService.class);
    TaskService tasks = node.getBean(TaskService.class);
    ProcessInstance amara = runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0))
        .processDefinitionKey("victim-support").singleResult();
    assertThat(amara.getTenantId()).isEqualTo("houston");
    assertThat(runtime.getVariables(amara.getId())).containsEntry("listedLastName", "Okafor-Quill")
        .containsEntry("listedFirstName", "Amara").containsEntry("listedDateOfBirth", "1990-04-12")
        .containsEntry("listedReference", "SL-2291").containsEntry("victimStatus", "injured")
        .containsEntry("listedSource", "St. Luke's emergency department")
        .containsEntry("listedBy", "officer-houston").containsEntry("incidentCaseNumber", houston);
    assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(1))
        .singleResult().getId(), "victimStatus")).isEqualTo("deceased");
    for (String number : numbers) {
      Task firstTask = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
      assertThat(firstTask.getTaskDefinitionKey()).isEqualTo("UserTask_RecordContactDetails");
      assertThat(tasks.createTaskQuery().taskId(firstTask.getId()).taskCandidateGroup("police").count()).isOne();
    }
    // the incident, its history and the upload record hold none of it
    HistoryService history = node.getBean(HistoryService.class);
    String incidentId = incident(houston).getId();
    String incidentHistory = history.createHistoricVariableInstanceQuery().processInstanceId(incidentId).list()
        .toString() + history.createHistoricDetailQuery().processInstanceId(incidentId).list();
    assertThat(incidentHistory).contains("victimStatus").doesNotContain("Okafor").doesNotContain("Amara")
        .doesNotContain("SL-2291").doesNotContain("1990-04-12").doesNotContain("713 555");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(amara.getId())
        .variableName("listedLastName").singleResult().getValue()).isEqualTo("Okafor-Quill");
    String recorded = node.getBean(JdbcTemplate.class).queryForList("SELECT * FROM chw_victim_intake").toString();
    assertThat(recorded).contains("stlukes-0001").doesNotContain("Okafor").doesNotContain("SL-2291");

    // the same list again under the same key, as after a timeout: the first answer, nothing opened
    HttpResponse<String> retry = upload(houston, "officer-houston", "stlukes-0001", "application/json", list);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(JSON.readTree(retry.body()).path("replayed").asBoolean()).isTrue();
    assertThat(JSON.readTree(retry.body()).path("victims")).isEqualTo(opened.path("victims"));
    assertThat(victimCases()).isEqualTo(casesBefore + 3);

    // another list under that key is refused
    HttpResponse<String> reused = upload(houston, "officer-houston", "stlukes-0001", "application/json",
        list.replace("Ward 4", "Ward 5"));
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
    assertThat(reused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(reused.body()).contains("was used for another list");
    assertThat(victimCases()).isEqualTo(casesBefore + 3);
  }

  @Test
  void aCsvListWithMistakesIsRefusedWholeWithEveryMistakeNamedAndACorrectOneOpensItsCases() throws Exception {
    String csv = "status,firstName,lastName,dateOfBirth,phone,reference\n"
        + "injured,Lena,Marsh-Oyelaran,1984-02-30,+1 713 555 0100,H-1\n"
        + "wounded,Kofi,Adjei,,,H-2\n"
        + "deceased,,,,,\n"
        + "injured,Ravi,Chandrasekar,2001-09-09,call me,H-1\n";
    long casesBefore = victimCases();
    long uploadsBefore = uploads();

    HttpResponse<String> refused = upload(houston, "officer-houston", "memorial-0001", "text/csv", csv);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    List<String> problems = new ArrayList<>();
    JSON.readTree(refused.body()).path("problems").forEach(p -> problems.add(p.path("row").asInt() + " "
        + p.path("field").asText() + ": " + p.path("message").asText()));
    assertThat(problems).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("1 dateOfBirth: '1984-02-30'"))
        .anySatisfy(p -> assertThat(p).startsWith("2 status: 'wounded' is not one of"))
        .anySatisfy(p -> assertThat(p).startsWith("3 lastName: Give the last name or the list's reference"))
        .anySatisfy(p -> assertThat(p).startsWith("4 phone:"))
        .anySatisfy(p -> assertThat(p).startsWith("4 reference: Also on row 1"));
    assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("nothing of it was saved");
    assertThat(victimCases()).as("nothing half-saved").isEqualTo(casesBefore);
    assertThat(uploads()).as("and the key is still free").isEqualTo(uploadsBefore);

    String fixed = "status,firstName,lastName,dateOfBirth,phone,reference\n"
        + "injured,Lena,Marsh-Oyelaran,1984-02-28,+1 713 555 0100,H-1\n"
        + "injured,Kofi,Adjei,,,H-2\n"
        + "deceased,,,,,H-3\n"
        + "injured,Ravi,Chandrasekar,2001-09-09,,H-4\n";
    HttpResponse<String> accepted = upload(houston, "officer-houston", "memorial-0001", "text/csv", fixed);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(JSON.readTree(accepted.body()).path("opened").asInt()).isEqualTo(4);
    assertThat(victimCases()).isEqualTo(casesBefore + 4);
  }

  @Test
  void onlyPoliceAndAdministratorsOfTheIncidentsSiteMayUploadAndEveryRefusalSaysWhy() throws Exception {
    String list = "{\"victims\": [{\"status\": \"injured\", \"reference\": \"X-1\"}]}";
    long before = victimCases();
    assertThat(upload(houston, null, "door-000001", "application/json", list).statusCode()).as("anonymous")
        .isEqualTo(401);
    HttpResponse<String> advocate = upload(houston, "advocate-houston", "door-000002", "application/json", list);
    assertThat(advocate.statusCode()).isEqualTo(403);
    assertThat(advocate.body()).contains("only members of [police] and administrators");
    assertThat(upload(houston, "commander-houston", "door-000003", "application/json", list).statusCode())
        .as("command").isEqualTo(403);
    HttpResponse<String> otherSite = upload(houston, "officer-oakland", "door-000004", "application/json", list);
    assertThat(otherSite.statusCode()).as("police of another site").isEqualTo(404);
    assertThat(otherSite.body()).contains("No open incident " + houston + " at your site");
    assertThat(upload("HOU-2026-9999", "officer-houston", "door-000005", "application/json", list).statusCode())
        .isEqualTo(404);
    assertThat(victimCases()).isEqualTo(before);

    HttpResponse<String> noKey = http.send("POST", "/api/incidents/" + houston + "/victims", "officer-houston",
        "application/json", list);
    assertThat(noKey.statusCode()).isEqualTo(400);
    assertThat(noKey.body()).contains("Idempotency-Key");
    assertThat(upload(houston, "officer-houston", "short", "application/json", list).body())
        .contains("must be 8 to 100");
    assertThat(upload(houston, "officer-houston", "door-000006", "application/xml", "<victims/>").statusCode())
        .isEqualTo(415);
    HttpResponse<String> broken = upload(houston, "officer-houston", "door-000007", "application/json", "{\"vic");
    assertThat(broken.statusCode()).isEqualTo(400);
    HttpResponse<String> unknownField = upload(houston, "officer-houston", "door-000008", "application/json",
        "{\"victims\": [{\"status\": \"injured\", \"reference\": \"X\", \"ssn\": \"123\"}]}");
    assertThat(unknownField.statusCode()).isEqualTo(422);
    assertThat(unknownField.body()).contains("\"field\":\"ssn\"");
    for (HttpResponse<String> refusal : List.of(advocate, otherSite, noKey, broken, unknownField)) {
      assertThat(refusal.headers().firstValue("Content-Type").orElse("")).contains("json");
    }
    assertThat(upload(houston, "officer-houston", "door-000009", "application/json", list.replace("X-1", "X-2"))
        .statusCode()).isEqualTo(201);
    // administrators belong to no site and serve every one
    assertThat(upload(oakland, PostgresNodes.ADMIN_ID, "door-000010", "application/json", list).statusCode())
        .isEqualTo(201);
    assertThat(victimCases()).isEqualTo(before + 2);
  }

  @Test
  void twoUploadsOfTheSameListAtOnceOpenItsCasesOnce() throws Exception {
    StringBuilder list = new StringBuilder("{\"victims\": [");
    for (int i = 1; i <= 20; i++) {
      list.append(i > 1 ? "," : "").append("{\"status\": \"injured\", \"reference\": \"RACE-").append(i).append("\"}");
    }
    String body = list.append("]}").toString();
    long before = victimCases();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<HttpResponse<String>> send = () -> upload(oakland, "officer-oakland", "race-000001",
          "application/json", body);
      List<Future<HttpResponse<String>>> both = pool.invokeAll(List.of(send, send));
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : both) {
        statuses.add(response.get().statusCode());
        assertThat(JSON.readTree(response.get().body()).path("opened").asInt()).as(response.get().body())
            .isEqualTo(20);
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(victimCases()).isEqualTo(before + 20);
  }

  @Test
  void twoHospitalsListsForOneIncidentAtOnceBothOpenTheirCasesWithDistinctNumbers() throws Exception {
    long before = victimCases();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<HttpResponse<String>>> hospitals = new ArrayList<>();
      for (String hospital : List.of("north", "south", "east")) {
        StringBuilder list = new StringBuilder("{\"victims\": [");
        for (int i = 1; i <= 10; i++) {
          list.append(i > 1 ? "," : "").append("{\"status\": \"injured\", \"reference\": \"").append(hospital)
              .append('-').append(i).append("\"}");
        }
        String body = list.append("]}").toString();
        hospitals.add(() -> upload(oakland, "officer-oakland", "hospital-" + hospital, "application/json", body));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : pool.invokeAll(hospitals)) {
        assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
        JSON.readTree(answer.get().body()).path("victims").forEach(v -> numbers.add(v.path("victimCaseNumber")
            .asText()));
      }
      assertThat(numbers).hasSize(30).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    assertThat(victimCases()).isEqualTo(before + 30);
  }

  @Test
  void aListOverTheSizeLimitIsRefusedBeforeItIsReadWithOrWithoutItsLengthAndOneWithinItIsTakenWhole()
      throws Exception {
    String list = "{\"victims\": [{\"status\": \"injured\", \"reference\": \"BIG-1\"}]}";
    // JSON allows any whitespace between its values: the same list, just over and just under the limit
    String over = list.replace("[", "[" + " ".repeat(MAX_BYTES + 1 - list.length()));
    String within = list.replace("[", "[" + " ".repeat(MAX_BYTES - list.length()));
    assertThat(over.getBytes(StandardCharsets.UTF_8)).hasSize(MAX_BYTES + 1);
    assertThat(within.getBytes(StandardCharsets.UTF_8)).hasSize(MAX_BYTES);
    long casesBefore = victimCases();
    long uploadsBefore = uploads();

    HttpResponse<String> declared = upload(houston, "officer-houston", "size-000001", "application/json", over);
    HttpResponse<String> chunked = http.sendPublished("POST", "/api/incidents/" + houston + "/victims",
        "officer-houston", "application/json", streamed(over), Map.of("Idempotency-Key", "size-000002"));
    for (HttpResponse<String> refused : List.of(declared, chunked)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("at most " + MAX_BYTES + " bytes")
          .contains("nothing of it was parsed or saved");
    }
    assertThat(victimCases()).isEqualTo(casesBefore);
    assertThat(uploads()).isEqualTo(uploadsBefore);

    HttpResponse<String> taken = http.sendPublished("POST", "/api/incidents/" + houston + "/victims",
        "officer-houston", "application/json", streamed(within), Map.of("Idempotency-Key", "size-000003"));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(JSON.readTree(taken.body()).path("opened").asInt()).isOne();
    assertThat(victimCases()).isEqualTo(casesBefore + 1);
  }

  /** A body of no declared length, so that it goes out chunked. */
  private static HttpRequest.BodyPublisher streamed(String body) {
    return HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theApiIsDescribedInOpenApi() throws Exception {
    HttpResponse<String> docs = http.get("/v3/api-docs", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode path = JSON.readTree(docs.body()).path("paths").path("/api/incidents/{incidentCaseNumber}/victims");
    assertThat(path.path("post").path("requestBody").path("content").has("text/csv")).isTrue();
    assertThat(path.path("post").path("requestBody").path("content").has("application/json")).isTrue();
    assertThat(path.path("post").path("parameters").toString()).contains("Idempotency-Key").contains("source");
    assertThat(path.path("post").path("responses").has("422")).isTrue();
    assertThat(docs.body()).doesNotContain("/engine-rest");
  }

  private static HttpResponse<String> upload(String incident, String user, String key, String type, String body) {
    return http.send("POST", "/api/incidents/" + incident + "/victims", user, type, body,
        Map.of("Idempotency-Key", key));
  }

  private static long victimCases() {
    return node.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("victim-support")
        .count();
  }

  private static long uploads() {
    return node.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM chw_victim_intake", Long.class);
  }

  private static ProcessInstance incident(String caseNumber) {
    return node.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("incident-response").singleResult();
  }

  /** Reports an incident as its commander and returns its case number. */
  private static String report(String commander) throws Exception {
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/incident-response/start",
        commander, DemoQuickStartTest.report(null));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).path("businessKey").asText();
  }

  static String password(String user) {
    return user.equals(PostgresNodes.ADMIN_ID) ? PostgresNodes.ADMIN_PASSWORD
        : "Intake-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
