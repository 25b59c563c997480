package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.quickstart.DemoQuickStartTest;
import org.collectivehealing.workflow.testing.CandidateGroupCounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Command staff in a real Chromium: Cockpit shows their incidents on the process diagram, and their own site's
 * running cases and technical failures on the dashboard, never another site's.
 */
@BrowserTest
class CockpitBrowserIT extends BrowserPerTest {

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;

  @Test
  void aCommanderSeesTheIncidentResponseDefinitionWithItsRunningInstance() {
    HttpResponse<String> started = new Http(port).postJson(
        "/engine-rest/process-definition/key/incident-response/start", "commander-houston",
        DemoQuickStartTest.report(null));
    assertThat(started.statusCode()).isEqualTo(200);
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    CamundaWebapp cockpit = new CamundaWebapp(browser, port);
    cockpit.logIn("cockpit", "commander-houston");
    cockpit.open("cockpit/default/#/processes");
    WebElement definition = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'process-definitions-list')]//a[normalize-space(.)='Incident response']")));
    definition.click();

    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container svg")));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//a[contains(normalize-space(.),'" + instanceId + "')]")));
    browser.screenshot("cockpit-incident-response");
  }

  @Test
  void aCommanderSeesTheirSitesFailuresOnTheDashboardAndNothingOfAnotherSite() {
    Incident houston = failedActionItem("houston");
    Incident oakland = failedActionItem("oakland");

    CamundaWebapp cockpit = new CamundaWebapp(browser, port);
    cockpit.logIn("cockpit", "commander-houston");
    assertThat(cockpit.brandName()).isEqualTo("Collective Healing Workflow");
    // Cockpit and Admin add the page: "Collective Healing Workflow | Dashboard"
    assertThat(browser.driver.getTitle()).startsWith("Collective Healing Workflow").doesNotContain("Camunda");
    assertThat(cockpit.siteName()).isEqualTo("Houston");
    assertThat(cockpit.endOfLifeBannerShown()).isFalse();

    // the dashboard counts what Houston has, which is less than what there is
    cockpit.open("cockpit/default/#/dashboard");
    long houstonIncidents = runtimeService.createIncidentQuery().tenantIdIn("houston").count();
    long houstonInstances = runtimeService.createProcessInstanceQuery().tenantIdIn("houston").count();
    assertThat(runtimeService.createIncidentQuery().count()).isGreaterThan(houstonIncidents);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isGreaterThan(houstonInstances);
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".open-incidents .value"),
        String.valueOf(houstonIncidents)));
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".process-instances .value"),
        String.valueOf(houstonInstances)));
    browser.screenshot("cockpit-dashboard-commander-houston");
    assertThat(browser.driver.getPageSource()).doesNotContain("Oakland");

    // the definition's incidents: Houston's failure with its cause, not Oakland's
    cockpit.open("cockpit/default/#/process-definition/" + houston.getProcessDefinitionId() + "/runtime");
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//a[contains(@href,'" + houston.getProcessInstanceId() + "')]")));
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'nav-tabs')]//a[normalize-space(.)='Incidents']"))).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//*[contains(normalize-space(.),\"'actionItemDescription' is missing\")]")));
    browser.screenshot("cockpit-incidents-commander-houston");
    assertThat(browser.driver.getPageSource()).doesNotContain(oakland.getProcessInstanceId())
        .doesNotContain(oakland.getId()).doesNotContain("Oakland");
  }

  @Test
  void aCommandersHumanTasksAndDeploymentsShowTheirSitesFiguresNotARefusal() {
    for (String commander : List.of("commander-houston", "commander-oakland")) {
      assertThat(new Http(port).postJson("/engine-rest/process-definition/key/incident-response/start", commander,
          DemoQuickStartTest.report(null)).statusCode()).isEqualTo(200);
    }
    // the engine's own figures for Houston: unassigned open tasks per candidate group, deployments it may see
    Map<String, Long> perGroup = CandidateGroupCounts.of(taskService, "houston");
    assertThat(perGroup).containsKey("command");
    assertThat(taskService.createTaskQuery().taskUnassigned().count())
        .isGreaterThan(perGroup.values().stream().mapToLong(Long::longValue).sum());
    long deployments = repositoryService.createDeploymentQuery().includeDeploymentsWithoutTenantId()
        .tenantIdIn("houston").count();
    assertThat(deployments).isPositive();

    CamundaWebapp cockpit = new CamundaWebapp(browser, port);
    cockpit.logIn("cockpit", "commander-houston");
    cockpit.open("cockpit/default/#/dashboard");
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".stats-section.deployments .value"),
        String.valueOf(deployments)));
    browser.screenshot("cockpit-dashboard-deployments-commander-houston");

    cockpit.open("cockpit/default/#/tasks");
    By rows = By.cssSelector("#task-group-counts tbody tr");
    // Angular adds a row before it fills it in: wait for every row to read "<count> <group name>"
    browser.wait.until(driver -> {
      List<WebElement> found = driver.findElements(rows);
      return found.size() == perGroup.size()
          && found.stream().allMatch(row -> row.getText().trim().matches("\\d+\\s+\\S.*"));
    });
    Map<String, Long> shown = new TreeMap<>();
    String commandName = identityService.createGroupQuery().groupId("command").singleResult().getName();
    browser.screenshot("cockpit-human-tasks-commander-houston");
    for (WebElement row : browser.driver.findElements(rows)) {
      // "<count> <group name>"
      String[] cells = row.getText().trim().split("\\s+", 2);
      assertThat(cells).as("row '%s' of %s", row.getText(), perGroup).hasSize(2);
      shown.put(cells[1], Long.valueOf(cells[0]));
    }
    assertThat(shown).containsEntry(commandName, perGroup.get("command"));
    assertThat(shown.values()).containsExactlyInAnyOrderElementsOf(perGroup.values());
    assertThat(browser.driver.findElements(By.cssSelector(".alert-danger"))).as("no refusal on the page")
        .noneMatch(WebElement::isDisplayed);
  }

  /**
   * A real technical failure at a site: a listening session's action item reaches the step that adds it to the
   * list without a description, the job executor's attempt fails, and once no retries are left (set to none
   * here rather than waiting out the model's five-minute retry cycle) the engine raises the incident.
   */
  private Incident failedActionItem(String site) {
    String instanceId = runtimeService.createProcessInstanceByKey("community-engagement")
        .setVariable("site", site).startBeforeActivity("ServiceTask_AppendActionItem").execute()
        .getProcessInstanceId();
    Job failed = new FluentWait<>(instanceId).withTimeout(Duration.ofSeconds(30))
        .pollingEvery(Duration.ofMillis(200)).withMessage("the job executor to try the job of " + site)
        .until(id -> managementService.createJobQuery().processInstanceId(id).withException().singleResult());
    managementService.setJobRetries(failed.getId(), 0);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId).singleResult();
    assertThat(incident.getTenantId()).isEqualTo(site);
    assertThat(incident.getIncidentMessage()).contains("'actionItemDescription' is missing");
    return incident;
  }
}
