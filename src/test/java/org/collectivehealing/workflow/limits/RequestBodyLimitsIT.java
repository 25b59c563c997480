package org.collectivehealing.workflow.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.postgres.PostgresNodes;
import org.collectivehealing.workflow.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No door reads an unbounded body: over chw.request-limits.max-bytes the engine's REST API, Tasklist's API and
 * the project's API answer 413 in their own JSON before anything parses the body, with a declared length or
 * chunked; a body within it arrives whole. Deployments have their own, larger bound.
 */
class RequestBodyLimitsIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_BYTES = 65_536;
  static final int MAX_DEPLOYMENT_BYTES = 262_144;
  static final Map<String, String[]> USERS = Map.of("advocate-houston", new String[] {"victim-services", "houston"});

  static ConfigurableApplicationContext node;
  static Http http;

  @BeforeAll
  static void start() {
    node = PostgresNodes.start(TestPostgres.newDatabase(), "camunda.bpm.job-execution.enabled=false",
        "chw.request-limits.max-bytes=" + MAX_BYTES, "chw.request-limits.max-deployment-bytes=" + MAX_DEPLOYMENT_BYTES);
    http = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class), RequestBodyLimitsIT::password);
    PostgresNodes.addUsers(node, USERS, RequestBodyLimitsIT::password);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyDoorRefusesABodyOverTheLimitUnparsedAndTakesOneWithinItWhole() throws Exception {
    String over = taskQuery(MAX_BYTES + 1);
    String within = taskQuery(MAX_BYTES);
    assertThat(over.getBytes(StandardCharsets.UTF_8)).hasSize(MAX_BYTES + 1);

    assertRefused(http.postJson("/engine-rest/task/no-such-task/complete", "advocate-houston", over), "message");
    assertRefused(http.sendPublished("POST", "/engine-rest/task", "advocate-houston", "application/json",
        chunked(over), Map.of()), "message");
    assertRefused(http.postJson("/api/consents/no-such-case/revoke", "advocate-houston", over), "detail");
    // a form sent with PUT is read by Spring's FormContentFilter, not by Tomcat's bounded parser
    assertRefused(http.send("PUT", "/engine-rest/task/no-such-task/variables/note", "advocate-houston",
        "application/x-www-form-urlencoded", "note=" + "f".repeat(MAX_BYTES)), "message");

    Http tasklist = new Http(node.getEnvironment().getProperty("local.server.port", Integer.class),
        RequestBodyLimitsIT::password);
    assertThat(tasklist.webappLogin("tasklist", "advocate-houston", password("advocate-houston")).statusCode())
        .as("a login form passes the bound unread").isEqualTo(200);
    assertRefused(tasklist.webappPostJson("/camunda/api/engine/engine/default/task", over), "message");

    // exactly the limit, declared and chunked: parsed whole (a query whose long value finds nothing)
    assertTaken(http.postJson("/engine-rest/task", "advocate-houston", within));
    assertTaken(http.sendPublished("POST", "/engine-rest/task", "advocate-houston", "application/json",
        chunked(within), Map.of()));
    assertTaken(tasklist.webappPostJson("/camunda/api/engine/engine/default/task", within));
  }

  @Test
  void aDeploymentHasItsOwnLargerBound() throws Exception {
    long before = node.getBean(RepositoryService.class).createDeploymentQuery().count();
    HttpResponse<String> taken = deploy("notes-within", MAX_BYTES * 2);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(JSON.readTree(taken.body()).path("name").asText()).isEqualTo("notes-within");

    HttpResponse<String> refused = deploy("notes-over", MAX_DEPLOYMENT_BYTES + 1);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    assertThat(JSON.readTree(refused.body()).path("message").asText())
        .contains("chw.request-limits.max-deployment-bytes", "nothing of it was parsed or saved");
    assertThat(node.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(before + 1);
  }

  /** A deployment of one text resource, so that its body is about {@code bytes} long. */
  private static HttpResponse<String> deploy(String name, int bytes) {
    String boundary = "chw-limit-" + name;
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
        + ".txt\"\r\nContent-Type: text/plain\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    String body = head + "n".repeat(Math.max(1, bytes - head.length() - tail.length())) + tail;
    return http.send("POST", "/engine-rest/deployment/create", PostgresNodes.ADMIN_ID,
        "multipart/form-data; boundary=" + boundary, body);
  }

  /** A task query of exactly {@code bytes} bytes. */
  private static String taskQuery(int bytes) {
    String start = "{\"nameLike\": \"";
    String end = "\"}";
    return start + "q".repeat(bytes - start.length() - end.length()) + end;
  }

  private static HttpRequest.BodyPublisher chunked(String body) {
    return HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertRefused(HttpResponse<String> answer, String messageField) throws Exception {
    assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(413);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path(messageField).asText()).as(answer.uri().toString())
        .contains("at most " + MAX_BYTES + " bytes (chw.request-limits.max-bytes)", "nothing of it was parsed");
  }

  private static void assertTaken(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).isArray()).as(answer.body()).isTrue();
  }

  static String password(String user) {
    return user.equals(PostgresNodes.ADMIN_ID) ? PostgresNodes.ADMIN_PASSWORD
        : "Limits-" + Integer.toHexString(user.hashCode()) + "-Ab9!";
  }
}
