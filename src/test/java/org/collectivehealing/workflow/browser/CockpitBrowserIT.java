package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.collectivehealing.workflow.Http;
import org.collectivehealing.workflow.quickstart.DemoQuickStartTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Command staff in a real Chromium: Cockpit shows their incidents on the process diagram. */
@BrowserTest
class CockpitBrowserIT {

  @LocalServerPort
  int port;

  BrowserSession browser;

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

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
}
