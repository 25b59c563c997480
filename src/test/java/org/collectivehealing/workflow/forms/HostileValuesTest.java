package org.collectivehealing.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivehealing.workflow.testing.IncidentReports.HOMICIDE;
import static org.collectivehealing.workflow.testing.IncidentReports.ONE;
import static org.collectivehealing.workflow.testing.IncidentReports.START;
import static org.collectivehealing.workflow.testing.IncidentReports.SUMMARY;


import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.testing.IncidentReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9, finding 6, the values themselves: numbers that are no numbers or too big for the rules downstream,
 * options sent as lists or objects, texts too long for the database. Each is refused with 400 naming the field,
 * and nothing of the submission is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:hostile-values;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class HostileValuesTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  static String report(String fatalities, String incidentType, String summary) {
    return "{\"variables\":{" + IncidentReports.variables(fatalities, incidentType, summary) + "}}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"NaN\",\"type\":\"Double\"}", "{\"value\":\"Infinity\",\"type\":\"Double\"}",
      "{\"value\":\"-Infinity\",\"type\":\"Double\"}", "{\"value\":9223372036854775807,\"type\":\"Long\"}",
      "{\"value\":1e300,\"type\":\"Double\"}"})
  void aNumberThatIsNoNumberOrBeyondItsLimitIsRefused(String fatalities) {
    assertRefused(report(fatalities, HOMICIDE, SUMMARY), "(fatalities) must be");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"[\\\"homicide\\\"]\",\"type\":\"Json\"}",
      "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Json\"}", "{\"value\":7,\"type\":\"Long\"}"})
  void anOptionSentAsAListAnObjectOrANumberIsRefused(String incidentType) {
    assertRefused(report(ONE, incidentType, SUMMARY), "(incidentType) must be one of its options");
  }

  @ParameterizedTest
  @ValueSource(ints = {5_000, 1_000_000})
  void aTextTooLongForTheDatabaseIsRefused(int length) {
    assertRefused(report(ONE, HOMICIDE, "{\"value\":\"" + "x".repeat(length) + "\"}"), "has " + length + " characters");
  }

  @Test
  void aTextBeyondTheBodyLimitIsRefusedUnread() {
    long before = history.createHistoricProcessInstanceQuery().count();
    HttpResponse<String> refused = new Http(port).postJson(START, "commander-houston",
        report(ONE, HOMICIDE, "{\"value\":\"" + "x".repeat(5_000_000) + "\"}"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    assertThat(refused.body()).contains("(chw.request-limits.max-bytes)", "nothing of it was parsed or saved");
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"NaN\",\"type\":\"Double\"}", "{\"value\":true,\"type\":\"Boolean\"}"})
  void aTextFieldGivenANumberOrABooleanIsRefused(String summary) {
    assertRefused(report(ONE, HOMICIDE, summary), "(summary) must be text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"not json\",\"type\":\"Json\"}",
      "{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
          + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"})
  void brokenJsonAndJavaSerializedObjectsAreRefused(String incidentType) {
    assertRefused(report(ONE, incidentType, SUMMARY), "'incidentType' is ");
  }

  @Test
  void aDateThatIsNoDateIsRefused() {
    String report = report(ONE, HOMICIDE, SUMMARY).replace("\"2026-11-26T09:30+00:00\"", "\"yesterday\"");
    assertRefused(report, "(occurredAt) must be a date or time");
  }

  @Test
  void anActivationLevelThatIsNoNumberIsRefusedAndTheReviewStaysOpen() {
    Http http = new Http(port);
    HttpResponse<String> started = http.postJson(START, "commander-houston", report(ONE, HOMICIDE, SUMMARY));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    String review = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_ReviewActivation")
        .singleResult().getId();
    tasks.claim(review, "commander-houston");
    Object decided = runtime.getVariable(instance, "activationLevel");
    HttpResponse<String> refused = http.postJson("/engine-rest/task/" + review + "/complete", "commander-houston",
        "{\"variables\":{\"activationLevel\":{\"value\":\"NaN\",\"type\":\"Double\"}}}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("(activationLevel) must be a number");
    assertThat(runtime.getVariable(instance, "activationLevel")).isEqualTo(decided);
    assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
  }

  @Test
  void checklistEntriesMustBeOptionsNotObjectsNullsOrNumbers() {
    String victim = runtime.createProcessInstanceByKey("victim-support").businessKey("HOU-2026-0201-V1")
        .setVariables(Map.of("site", "houston", "incidentCaseNumber", "HOU-2026-0201", "victimCaseNumber",
            "HOU-2026-0201-V1", "victimStatus", "injured", "siteState", "TX"))
        .startBeforeActivity("UserTask_AssessNeeds").execute().getId();
    String task = tasks.createTaskQuery().processInstanceId(victim).singleResult().getId();
    tasks.claim(task, "advocate-houston");
    Http http = new Http(port);
    for (String needs : new String[] {"[{\\\"a\\\":1}]", "[null]", "[42]", "{\\\"a\\\":1}"}) {
      HttpResponse<String> refused = http.postJson("/engine-rest/task/" + task + "/complete", "advocate-houston",
          "{\"variables\":{\"needs\":{\"value\":\"" + needs + "\",\"type\":\"Json\"},"
              + "\"preferredLanguage\":{\"value\":\"english\"},\"supportPreference\":{\"value\":\"no-preference\"}}}");
      assertThat(refused.statusCode()).as(needs + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("(needs) must");
    }
    assertThat(runtime.getVariable(victim, "needs")).isNull();
  }

  private void assertRefused(String body, String message) {
    long before = history.createHistoricProcessInstanceQuery().count();
    HttpResponse<String> refused = new Http(port).postJson(START, "commander-houston", body);
    assertThat(refused.statusCode()).as(refused.body().substring(0, Math.min(500, refused.body().length())))
        .isEqualTo(400);
    assertThat(refused.body()).contains(message);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }
}
