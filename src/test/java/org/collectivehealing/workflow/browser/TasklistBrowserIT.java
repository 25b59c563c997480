package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Caseworkers in a real Chromium: their own queue only, and an incident reported through the start form. */
@BrowserTest
class TasklistBrowserIT extends BrowserPerTest {

  @Autowired
  IdentityProperties identity;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  Tasklist tasklist;

  @Override
  @BeforeEach
  void openBrowser() {
    super.openBrowser();
    tasklist = new Tasklist(browser, port);
  }

  @ParameterizedTest
  @CsvSource({"commander-houston,command", "officer-houston,police", "advocate-houston,victim-services",
      "partner-houston,community-partners", "peer-houston,wellness"})
  void eachGroupSeesItsOwnQueueAndNoOtherAgencys(String user, String group) {
    tasklist.logIn(user);

    List<String> queues = tasklist.queues();
    assertThat(queues).contains(identity.agencies().get(group) + ": open", "Claimed by me");
    identity.agencies().entrySet().stream().filter(agency -> !agency.getKey().equals(group))
        .forEach(other -> assertThat(queues).as(user).doesNotContain(other.getValue() + ": open"));
  }

  @Test
  void tasklistSpeaksForTheProductWithoutCamundasEndOfLifeBanner() {
    tasklist.logIn("advocate-houston");

    assertThat(tasklist.brandName()).isEqualTo("Collective Healing Workflow");
    assertThat(browser.driver.getTitle()).isEqualTo("Collective Healing Workflow");
    assertThat(tasklist.endOfLifeBannerShown()).isFalse();
  }

  @Test
  void aCommanderReportsAnIncidentThroughTheStartFormAndOnlyTheirSiteSeesTheReview() {
    tasklist.logIn("commander-houston");
    CamundaForm report = tasklist.startProcess("Incident response");
    browser.screenshot("start-incident-response");
    assertThat(report.labels()).as("date and time inputs say what they are").contains("Type of incident",
        "When it happened – date", "When it happened – time", "Where it happened",
        "People killed", "People injured", "Officers involved", "Community tension", "Media interest",
        "What happened, in a few lines");

    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-response").count();
    tasklist.submitStart();
    report.awaitErrors();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-response").count())
        .as("a report with its required fields empty starts nothing").isEqualTo(before);

    report.choose("Type of incident", "Homicide").dateTime("11/26/2026", "21:40")
        .type("Where it happened", "Main St").type("People killed", "1").type("People injured", "0")
        .type("Officers involved", "0").choose("Community tension", "Moderate").choose("Media interest", "Local")
        .type("What happened, in a few lines", "Shooting outside a store");
    browser.screenshot("start-incident-response-filled");
    tasklist.submitStart();

    browser.wait.until(driver -> runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-response")
        .count() == before + 1);
    Task review = taskService.createTaskQuery().processDefinitionKey("incident-response")
        .taskDefinitionKey("UserTask_ReviewActivation").orderByTaskCreateTime().desc().listPage(0, 1).get(0);
    Map<String, Object> variables = runtimeService.getVariables(review.getProcessInstanceId());
    assertThat(variables).containsEntry("place", "Main St").containsEntry("incidentType", "homicide")
        .containsKey("caseNumber");
    assertThat(variables.get("injured")).as("a 0 typed into a number field").asString().isEqualTo("0");
    assertThat(variables.get("occurredAt")).as("the time as typed, not rounded to a quarter hour").asString()
        .contains("T21:40");
    assertThat(review.getTenantId()).isEqualTo("houston");

    assertThat(tasklist.tasksIn("Command: open")).anyMatch(name -> name.contains("Review activation level and tracks"));
    browser.screenshot("command-open-queue");

    closeBrowser(); // a fresh browser, so nothing of the Houston session carries over
    openBrowser();
    tasklist.logIn("commander-oakland");
    assertThat(tasklist.tasksIn("Command: open")).noneMatch(name -> name.contains("Review activation level"));
  }
}
