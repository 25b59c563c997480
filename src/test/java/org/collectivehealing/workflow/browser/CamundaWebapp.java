package org.collectivehealing.workflow.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login every Camunda webapp shares, and the header it shows once a user is in. */
public class CamundaWebapp {

  private static final By SITE = By.cssSelector(".navbar-brand .chw-site");

  final BrowserSession browser;
  private final String base;

  public CamundaWebapp(BrowserSession browser, int port) {
    this.browser = browser;
    this.base = "http://localhost:" + port + "/camunda/app/";
  }

  /** Opens {@code app} (tasklist, cockpit) and logs in; returns once the header names the user. */
  void logIn(String app, String user) {
    logIn(app, user, user);
  }

  /** As {@link #logIn(String, String)}, for users whose password is not the demo's. */
  public void logIn(String app, String user, String password) {
    By header = By.cssSelector(".navbar-brand .brand-name");
    // On a loaded machine the login form is sometimes shown before it answers its button: the click is lost
    // and the page stays as it was. A user clicks again; so does the test, once, keeping a picture of the page.
    for (int attempt = 1; ; attempt++) {
      openLogin(app).sendKeys(user);
      browser.driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
      browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
      try {
        new WebDriverWait(browser.driver, Duration.ofSeconds(attempt == 1 ? 12 : 20)).until(ExpectedConditions.visibilityOfElementLocated(header));
        return;
      } catch (TimeoutException e) {
        browser.screenshot("login-not-answered-" + app + "-" + user + "-" + attempt);
        if (attempt == 2) {
          throw e;
        }
        if (!browser.driver.findElements(header).isEmpty()) {
          return;
        }
      }
    }
  }

  /** Opens {@code app}'s login page; returns its user name field once it shows. */
  WebElement openLogin(String app) {
    browser.driver.get(base + app + "/");
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }

  /** What the login page names under its header, e.g. "Collective Healing Workflow"; waits for it. */
  String loginName() {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".login-header .app-name")))
        .getText();
  }

  /** The text a user can see on the page (Selenium leaves hidden elements out). */
  String visibleText() {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  public void open(String pathAndFragment) {
    browser.driver.get(base + pathAndFragment);
  }

  /** What the header calls the product, e.g. "Collective Healing Workflow". */
  String brandName() {
    return browser.driver.findElement(By.cssSelector(".navbar-brand .brand-name")).getText();
  }

  /** Whether Camunda's CE end-of-life banner shows; it is always in the page, so its absence is no answer. */
  boolean endOfLifeBannerShown() {
    return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ce-eol-banner")))
        .isDisplayed();
  }

  /** The user's site as the header shows it beside the product name, e.g. "Houston"; waits for it to appear. */
  String siteName() {
    return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(SITE)).getText();
  }

  /**
   * Whether a site label appears in the header within a few seconds: its absence can only be seen by waiting
   * as long as its lookup would take.
   */
  boolean siteShown() {
    return browser.within(Duration.ofSeconds(4), ExpectedConditions.visibilityOfElementLocated(SITE)).isPresent();
  }
}
