package org.collectivehealing.workflow.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On PostgreSQL, as in production: a Houston commander reaching an Oakland case gets the same 404 as for an id
 * that does not exist (the engine's tenant check would answer 500 and name the case), and nothing changes.
 */
class CrossSiteNotFoundIT {

  static final String COMMANDER = "commander-houston";
  /** The password policy refuses passwords that contain the user id. */
  static final String PASSWORD = "Sites-Apart-7f3!Qx";
  static final ObjectMapper JSON = new ObjectMapper();

  static ConfigurableApplicationContext node;
  static Http http;
  static String oaklandInstance;
  static String oaklandTask;

  @BeforeAll
  static void start() {
    node = PostgresNodes.start(TestPostgres.newDatabase());
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), user -> PASSWORD);
    IdentityService identity = node.getBean(IdentityService.class);
    User account = identity.newUser(COMMANDER);
    account.setPassword(PASSWORD);
    identity.saveUser(account);
    identity.createMembership(COMMANDER, "command");
    identity.createTenantUserMembership("houston", COMMANDER);
    oaklandInstance = node.getBean(RuntimeService.class).createProcessInstanceByKey("incident-response")
        .businessKey("OAK-2026-0001").setVariables(Map.of("site", "oakland", "incidentCaseNumber", "OAK-2026-0001",
            "summary", "Oakland incident"))
        .startBeforeActivity("UserTask_ReviewActivation").execute().getId();
    oaklandTask = node.getBean(TaskService.class).createTaskQuery().processInstanceId(oaklandInstance).singleResult()
        .getId();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void anotherSitesCaseAnswersExactlyAsAnUnknownIdAndStaysAsItWas() throws IOException {
    for (String[] call : new String[][] {
        {"/process-instance/%s/variables", null}, {"/process-instance/%s/variables/summary", null}}) {
      assertSameNotFound(call, oaklandInstance, "No process instance with id ");
    }
    // writes outside forms are refused before the case is looked up: alike for another site's case and none
    String write = "{\"modifications\": {\"summary\": {\"value\": \"changed\"}}}";
    HttpResponse<String> otherSite = http.postJson("/engine-rest/process-instance/" + oaklandInstance + "/variables",
        COMMANDER, write);
    HttpResponse<String> unknown = http.postJson("/engine-rest/process-instance/no-such-id/variables", COMMANDER, write);
    assertThat(otherSite.statusCode()).as(otherSite.body()).isEqualTo(403);
    assertThat(otherSite.body()).isEqualTo(unknown.body());
    for (String[] call : new String[][] {
        {"/task/%s/variables", null}, {"/task/%s/form-variables", null}, {"/task/%s/complete", "{}"},
        {"/task/%s/claim", "{\"userId\": \"" + COMMANDER + "\"}"}}) {
      assertSameNotFound(call, oaklandTask, "No task with id ");
    }
    assertThat(node.getBean(RuntimeService.class).getVariable(oaklandInstance, "summary")).isEqualTo("Oakland incident");
    assertThat(node.getBean(TaskService.class).createTaskQuery().taskId(oaklandTask).singleResult().getAssignee())
        .isNull();
  }

  private static void assertSameNotFound(String[] call, String otherSitesId, String message) throws IOException {
    JsonNode otherSite = notFound(call, otherSitesId);
    JsonNode unknown = notFound(call, "no-such-id");
    assertThat(otherSite.get("message").asText()).isEqualTo(message + otherSitesId);
    assertThat(unknown.get("message").asText()).isEqualTo(message + "no-such-id");
    assertThat(otherSite.get("type")).isEqualTo(unknown.get("type"));
  }

  private static JsonNode notFound(String[] call, String id) throws IOException {
    String path = "/engine-rest" + call[0].formatted(id);
    HttpResponse<String> answer = call[1] == null ? http.get(path, COMMANDER) : http.postJson(path, COMMANDER, call[1]);
    assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(404);
    return JSON.readTree(answer.body());
  }
}
