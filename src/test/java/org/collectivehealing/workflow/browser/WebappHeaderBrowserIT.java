package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every webapp a user may open speaks for the product in a real Chromium: its name in the header and the page
 * title, the user's own site beside it (none for an administrator, who works for every site), and no CE
 * end-of-life banner.
 */
@BrowserTest
class WebappHeaderBrowserIT extends BrowserPerTest {

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({"tasklist,advocate-houston,Houston", "tasklist,commander-oakland,Oakland",
      "cockpit,commander-oakland,Oakland", "welcome,partner-houston,Houston", "welcome,peer-oakland,Oakland",
      "admin,admin,", "welcome,admin,"})
  void theHeaderNamesTheProductAndTheUsersOwnSite(String app, String user, String site) {
    CamundaWebapp webapp = new CamundaWebapp(browser, port);
    webapp.logIn(app, user);

    assertThat(webapp.brandName()).isEqualTo("Collective Healing Workflow");
    // Cockpit and Admin add the page: "Collective Healing Workflow | Dashboard"
    assertThat(browser.driver.getTitle()).startsWith("Collective Healing Workflow").doesNotContain("Camunda");
    if (site == null) {
      assertThat(webapp.siteShown()).as("a site label for " + user).isFalse();
    } else {
      assertThat(webapp.siteName()).isEqualTo(site);
    }
    assertThat(webapp.endOfLifeBannerShown()).isFalse();
    browser.screenshot("header-" + app + "-" + user);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theLoginPageNamesTheProductAndNotCamunda(String app) {
    CamundaWebapp webapp = new CamundaWebapp(browser, port);
    webapp.openLogin(app);

    browser.wait.until(driver -> webapp.loginName().equals("Collective Healing Workflow"));
    assertThat(browser.driver.getTitle()).startsWith("Collective Healing Workflow").doesNotContain("Camunda");
    assertThat(webapp.visibleText()).doesNotContainIgnoringCase("Camunda");
    browser.screenshot("login-" + app);
  }
}
