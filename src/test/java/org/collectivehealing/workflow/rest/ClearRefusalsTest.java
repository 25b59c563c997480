package org.collectivehealing.workflow.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.collectivehealing.workflow.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every refusal over HTTP is JSON that says what is wrong, with a 4xx for a caller's mistake: the engine's REST
 * API and the webapps' engine API in Camunda's {type, message}, the project's /api as RFC 9457 problem+json.
 * Another site's case answers exactly as an unknown id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:clear-refusals;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClearRefusalsTest {

  static final String COMMANDER = "commander-houston";
  static final String ADVOCATE = "advocate-houston";
  static final String START = "/engine-rest/process-definition/key/incident-response/start";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  Http http;
  String oaklandInstance;
  String oaklandTask;

  @BeforeAll
  void openAnOaklandIncident() throws IOException {
    http = new Http(port);
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/incident-response/submit-form",
        "commander-oakland", """
        {"variables": {"incidentType": {"value": "homicide"}, "occurredAt": {"value": "2026-11-30T10:00:00"},
          "place": {"value": "Main St"}, "fatalities": {"value": 1, "type": "Long"},
          "injured": {"value": 0, "type": "Long"}, "officersInvolved": {"value": 0, "type": "Long"},
          "communityTension": {"value": "low"}, "mediaInterest": {"value": "local"}, "summary": {"value": "x"}}}""");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    oaklandInstance = JSON.readTree(started.body()).get("id").asText();
    oaklandTask = JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + oaklandInstance, "commander-oakland")
        .body()).get(0).get("id").asText();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": | 400 | not valid JSON (line 1, column 14)
      POST | /engine-rest/process-definition/key/incident-response/start | null | 400 | must be a JSON object, not null
      POST | /engine-rest/process-definition/key/incident-response/submit-form | null | 400 | must be a JSON object, not null
      POST | /engine-rest/process-definition/key/incident-response/start | [] | 400 | must be an object
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": [1, 2]} | 400 | 'variables' must be an object
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": {"place": "secret-x"}} | 400 | 'variables.place' must be an object
      POST | /engine-rest/task | {"processInstanceIdIn": "secret-x"} | 400 | 'processInstanceIdIn' has the wrong type
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": {"fatalities": {"value": "secret-1e3", "type": "Long"}}} | 400 | Cannot convert a value of type 'Long'
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": {"fatalities": {"value": "NaN", "type": "Integer"}}} | 400 | Cannot convert a value of type 'Integer'
      POST | /engine-rest/process-definition/key/incident-response/start | {"variables": {"fatalities": {"value": 99999999999999999999999, "type": "Long"}}} | 400 | Cannot convert a value of type 'Long'
      GET | /engine-rest/task?firstResult=-5 | | 400 | 'firstResult' must be a whole number, 0 or more
      GET | /engine-rest/history/process-instance?firstResult=-5 | | 400 | 'firstResult' must be a whole number, 0 or more
      POST | /engine-rest/task?firstResult=-5 | {} | 400 | 'firstResult' must be a whole number, 0 or more
      GET | /engine-rest/task?maxResults=-1 | | 400 | 'maxResults' must be a whole number, 0 or more
      GET | /engine-rest/task?firstResult=x | | 400 | 'firstResult' must be a whole number, 0 or more
      GET | /engine-rest/task/abc/variables | | 404 | No task with id abc
      GET | /engine-rest/process-instance/abc/variables | | 404 | No process instance with id abc
      GET | /engine-rest/nothing-here | | 404 | No resource of the engine's REST API has this path
      """)
  void theEngineRestApiSaysWhatIsWrongWithARequest(String method, String path, String body, int status,
      String message) throws IOException {
    HttpResponse<String> answer = method.equals("GET") ? http.get(path, COMMANDER)
        : http.postJson(path, COMMANDER, body);
    assertEngineRefusal(answer, status, message);
    assertThat(answer.body()).as("values sent are not echoed").doesNotContain("secret-");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      GET  | /process-instance/{instance}/variables | | No process instance with id
      GET  | /process-instance/{instance}/variables/summary | | No process instance with id
      GET  | /task/{task}/variables | | No task with id
      GET  | /task/{task}/form-variables | | No task with id
      POST | /task/{task}/complete | {} | No task with id
      POST | /task/{task}/submit-form | {} | No task with id
      POST | /task/{task}/claim | {"userId": "commander-houston"} | No task with id
      """)
  void anotherSitesCaseAnswersAsAnUnknownId(String method, String template, String body, String message)
      throws IOException {
    for (String[] ids : new String[][] {{oaklandInstance, oaklandTask}, {"unknown-id", "unknown-id"}}) {
      String path = "/engine-rest" + template.replace("{instance}", ids[0]).replace("{task}", ids[1]);
      HttpResponse<String> answer = method.equals("GET") ? http.get(path, COMMANDER)
          : http.postJson(path, COMMANDER, body);
      assertEngineRefusal(answer, 404, message + " " + (template.contains("{task}") ? ids[1] : ids[0]));
    }
  }

  /** The guard refuses these before the engine looks the case up: alike for another site's case and none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /process-instance/{instance}/variables | {"modifications": {"summary": {"value": "y"}}} | outside a form
      /process-instance/{instance}/modification | {"instructions": [{"type": "startBeforeActivity", "activityId": "UserTask_ReviewActivation"}]} | only administrators repair them
      """)
  void writesOutsideFormsAreRefusedAlikeForAnotherSitesCaseAndAnUnknownOne(String template, String body,
      String message) throws IOException {
    HttpResponse<String> other = http.postJson("/engine-rest" + template.replace("{instance}", oaklandInstance),
        COMMANDER, body);
    HttpResponse<String> unknown = http.postJson("/engine-rest" + template.replace("{instance}", "unknown-id"),
        COMMANDER, body);
    assertEngineRefusal(other, 403, message);
    assertThat(other.body()).isEqualTo(unknown.body());
  }

  @Test
  void theWebappsEngineApiSaysWhatIsWrongAndHidesOtherSites() throws IOException {
    Http webapp = new Http(port);
    assertThat(webapp.webappLogin("cockpit", COMMANDER, COMMANDER).statusCode()).isEqualTo(200);
    String api = "/camunda/api/engine/engine/default";
    assertEngineRefusal(webapp.get(api + "/task/abc/variables", null), 404, "No task with id abc");
    assertEngineRefusal(webapp.get(api + "/task/" + oaklandTask + "/variables", null), 404,
        "No task with id " + oaklandTask);
    assertEngineRefusal(webapp.get(api + "/process-instance/" + oaklandInstance + "/variables", null), 404,
        "No process instance with id " + oaklandInstance);
    assertEngineRefusal(webapp.get(api + "/task?firstResult=-5", null), 400, "'firstResult' must be a whole number");
  }

  @ParameterizedTest
  @CsvSource({"/engine-rest/task", "/actuator/metrics"})
  void aMissingLoginIsExplainedAndChallenged(String path) throws IOException {
    HttpResponse<String> answer = http.get(path, null);
    assertEngineRefusal(answer, 401, "HTTP Basic");
    assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void metricsForAdministratorsOnlySaySo() throws IOException {
    assertEngineRefusal(http.get("/actuator/metrics", COMMANDER), 403, "Only administrators");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/engine-rest/task/%00", "/engine-rest/task/%ZZ", "/camunda/api/engine/engine/default/task/%ZZ"})
  void pathsTomcatRefusesAnswerJson(String rawPath) throws IOException {
    Http.RawResponse answer = http.raw("GET", rawPath, null, null, null);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(answer.body()).path("message").asText()).contains("path or query is not valid");
  }

  @Test
  void pathsTomcatRefusesUnderTheProjectApiAnswerProblemJson() throws IOException {
    Http.RawResponse answer = http.raw("GET", "/api/cases/%00/consents", null, null, null);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(JSON.readTree(answer.body()).path("detail").asText()).contains("path or query is not valid");
  }

  @Test
  void theProjectApiAnswersEveryRefusalAsProblemJson() throws IOException {
    assertProblem(http.get("/api/cases/x/consents", null), 401, "HTTP Basic");
    assertProblem(http.get("/api/audit/reads", COMMANDER), 403, "Only administrators");
    assertProblem(http.get("/api/cases/x/consents", COMMANDER), 403, "victim-services");
    assertProblem(http.get("/api/nothing-here", ADVOCATE), 404, "api/nothing-here");
    assertProblem(http.postJson("/api/cases/x/consents", ADVOCATE, "{}"), 405, "POST");
    assertProblem(http.postJson("/api/consents/x/revoke", ADVOCATE, "{\"reason\":"), 400, "not valid JSON");
    assertProblem(http.postJson("/api/consents/x/revoke", ADVOCATE, "{\"reason\": [1]}"), 400,
        "'reason' must be a string");
    assertProblem(http.postJson("/api/consents/x/revoke", ADVOCATE, "{\"reason\": \"" + "r".repeat(2001) + "\"}"),
        400, "at most 2000 characters");
    assertProblem(http.postJson("/api/consents/unknown/revoke", ADVOCATE, "{}"), 404, "unknown");
    assertProblem(http.get("/api/audit/reads?page=x", "admin"), 400, "'page' must be a whole number");
    assertProblem(http.get("/api/audit/reads?page=-1", "admin"), 400, "'page' counts from 0");
    assertProblem(http.get("/api/audit/reads?size=0", "admin"), 400, "'size' must be from 1 to 500");
    assertProblem(http.get("/api/audit/reads?from=yesterday", "admin"), 400, "'from' must be a date and time");
  }

  @Test
  void theProjectApiRefusesAnotherContentTypeAsProblemJson() throws IOException, InterruptedException {
    String login = Base64.getEncoder().encodeToString((ADVOCATE + ":" + ADVOCATE).getBytes(StandardCharsets.UTF_8));
    HttpRequest plainText = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/consents/x/revoke"))
        .header("Authorization", "Basic " + login).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("why")).build();
    assertProblem(HttpClient.newHttpClient().send(plainText, HttpResponse.BodyHandlers.ofString()), 415,
        "text/plain");
  }

  static void assertEngineRefusal(HttpResponse<String> answer, int status, String message) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("type").asText()).isNotBlank();
    assertThat(body.path("message").asText()).contains(message);
  }

  static void assertProblem(HttpResponse<String> answer, int status, String detail) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).contains(detail);
  }
}
