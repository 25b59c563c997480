package org.collectivehealing.workflow.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.collectivehealing.workflow.quickstart.DemoQuickStartTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While PostgreSQL cannot be reached, every door answers 503 with Retry-After and says so, in its own JSON: the
 * project's API, the engine's REST API, and Tasklist's and Cockpit's APIs in a logged-in session. A list sent
 * again once the database is back opens each case once.
 */
class DatabaseOutageIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, String[]> USERS = Map.of("officer-houston", new String[] {"police", "houston"},
      "commander-houston", new String[] {"command", "houston"});
  static final String LIST = "{\"source\": \"Memorial Hermann\", \"victims\": [{\"status\": \"injured\", "
      + "\"lastName\": \"Okafor\"}, {\"status\": \"harmed\", \"lastName\": \"Brandt\"}]}";

  static TestPostgres.Database database;
  static ConfigurableApplicationContext node;
  static Http http;
  static String incident;

  @BeforeAll
  static void start() throws Exception {
    database = TestPostgres.newDatabase();
    // a short wait for a connection, so that each refused call takes a second rather than five
    node = PostgresNodes.start(database, "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.hikari.connection-timeout=1000");
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), DatabaseOutageIT::password);
    PostgresNodes.addUsers(node, USERS, DatabaseOutageIT::password);
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/incident-response/start",
        "commander-houston", DemoQuickStartTest.report(null));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    incident = JSON.readTree(started.body()).path("businessKey").asText();
  }

  @AfterAll
  static void stop() {
    if (database != null) {
      TestPostgres.refuseConnections(database, false);
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyDoorAnswers503WithRetryAfterWhileTheDatabaseIsAwayAndAListSentAgainOpensEachCaseOnce()
      throws Exception {
    int port = node.getEnvironment().getProperty("local.server.port", Integer.class);
    Http tasklist = new Http(port, DatabaseOutageIT::password);
    assertThat(tasklist.webappLogin("tasklist", "officer-houston", password("officer-houston")).statusCode())
        .isEqualTo(200);
    Http cockpit = new Http(port, DatabaseOutageIT::password);
    assertThat(cockpit.webappLogin("cockpit", "commander-houston", password("commander-houston")).statusCode())
        .isEqualTo(200);
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    assertThat(cockpit.get(statistics, null).statusCode()).isEqualTo(200);

    TestPostgres.refuseConnections(database, true);
    try {
      HttpResponse<String> upload = upload();
      assertOutage(upload, "application/problem+json");
      assertThat(JSON.readTree(upload.body()).path("detail").asText()).isEqualTo(DatabaseOutage.MESSAGE);
      assertThat(JSON.readTree(upload.body()).path("status").asInt()).isEqualTo(503);

      assertEngineOutage(http.get("/engine-rest/task?candidateGroup=police", "officer-houston"));
      assertEngineOutage(tasklist.get("/camunda/api/engine/engine/default/task/count", null));
      assertEngineOutage(cockpit.get(statistics, null));
    } finally {
      TestPostgres.refuseConnections(database, false);
    }

    // as a client does: again after Retry-After until the pool has its connections back
    HttpResponse<String> again = upload();
    for (int attempt = 1; again.statusCode() == 503 && attempt < 30; attempt++) {
      Thread.sleep(500);
      again = upload();
    }
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(upload().statusCode()).as("the same list under the same key, once more").isEqualTo(200);
    assertThat(node.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("victim-support")
        .count()).as("victim cases").isEqualTo(2);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count", null).statusCode())
        .as("Tasklist's session outlived the outage").isEqualTo(200);
  }

  private static HttpResponse<String> upload() {
    return http.send("POST", "/api/incidents/" + incident + "/victims", "officer-houston", "application/json", LIST,
        Map.of("Idempotency-Key", "memorial-hermann-1"));
  }

  private static void assertEngineOutage(HttpResponse<String> answer) throws Exception {
    assertOutage(answer, "application/json");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("type").asText()).isEqualTo(DatabaseOutage.TYPE);
    assertThat(body.path("message").asText()).isEqualTo(DatabaseOutage.MESSAGE);
  }

  private static void assertOutage(HttpResponse<String> answer, String contentType) {
    assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).as(answer.uri().toString())
        .contains(DatabaseOutage.RETRY_AFTER_SECONDS);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
  }

  static String password(String user) {
    return user.equals(PostgresNodes.ADMIN_ID) ? PostgresNodes.ADMIN_PASSWORD
        : "Outage-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
