package org.collectivehealing.workflow.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Tasklist as a caseworker uses it: queues on the left, tasks in the middle, "Start process" on top. */
final class Tasklist extends CamundaWebapp {

  private static final By QUEUES = By.cssSelector(".item.task-filter");
  private static final By QUEUE_NAMES = By.cssSelector(".item.task-filter .name a");
  private static final By TASK_NAMES = By.cssSelector(".tasks-list li.task h4.task");
  /** Tasklist shows either the list or a "no matching task" note once the queue has loaded. */
  private static final int PAGE_SIZE = 15;
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final By TASKS_LOADED = By.cssSelector(".tasks-list, [cam-tasks] .well");

  Tasklist(BrowserSession browser, int port) {
    super(browser, port);
  }

  void logIn(String user) {
    logIn("tasklist", user);
  }

  /** The queues shown to the user, once Tasklist has loaded them. */
  List<String> queues() {
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(QUEUE_NAMES));
    return browser.driver.findElements(QUEUE_NAMES).stream()
        .map(name -> name.getText().replaceAll("\\s+\\d+$", "").trim()).toList();
  }

  /** Selects a queue and returns the names of its tasks once the list has loaded (possibly empty). */
  List<String> tasksIn(String queue) {
    // the queue is found afresh on every look: Tasklist redraws its lists now and then
    // clicked by script: the tooltip of the queue the pointer last rested on may lie over this one
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()",
        browser.wait.until(driver -> queue(queue)).findElement(By.cssSelector(".name a")));
    browser.wait.until(driver -> queue(queue).getAttribute("class").contains("active"));
    // loaded once the list shows as many tasks as the queue's counter says (a queue of few tasks is one page)
    return browser.wait.until(driver -> {
      String counter = queue(queue).findElement(By.cssSelector(".counter")).getText().trim();
      List<String> names = driver.findElements(TASK_NAMES).stream().map(WebElement::getText).toList();
      boolean loaded = counter.matches("\\d+") && !driver.findElements(TASKS_LOADED).isEmpty()
          && names.size() == Math.min(Integer.parseInt(counter), PAGE_SIZE);
      return loaded ? names : null;
    });
  }

  private WebElement queue(String name) {
    return browser.driver.findElements(QUEUES).stream()
        .filter(item -> item.findElement(By.cssSelector(".name a")).getText().startsWith(name)).findFirst()
        .orElse(null);
  }

  /** Opens "Start process", picks the process by name and returns its start form once it has rendered. */
  CamundaForm startProcess(String processName) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//a[contains(normalize-space(.),'Start process')]"))).click();
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"))).click();
    return CamundaForm.rendered(browser);
  }

  /**
   * Selects the queue and opens the task from its list, as a caseworker does; fails when the queue does not
   * list the task. The list loads after the click, and a task created moments ago may need a reload to show.
   */
  void openFromQueue(String queue, String taskName) {
    By task = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4[normalize-space(.)="
        + literal(taskName) + "]");
    for (int attempt = 0; attempt < 4; attempt++) {
      tasksIn(queue);
      if (clickWithin(task, Duration.ofSeconds(3))) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
            "//*[contains(@class,'task-details')]//h2[contains(normalize-space(.)," + literal(taskName) + ")]")));
        return;
      }
      browser.driver.navigate().refresh();
    }
    throw new AssertionError("'" + queue + "' does not list '" + taskName + "'; it lists " + tasksIn(queue));
  }

  /** Clicks the element once it shows; the list redraws itself now and then, so a vanished row is found again. */
  private boolean clickWithin(By element, Duration patience) {
    return browser.within(patience, driver -> {
      List<WebElement> found = driver.findElements(element);
      if (found.isEmpty()) {
        return null;
      }
      found.get(0).click();
      return true;
    }).isPresent();
  }

  /** Claims the open task; its form becomes editable once it is the user's. */
  void claim() {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  /** Whether Tasklist lets the user press "Complete": not while the form shows errors. */
  boolean canComplete() {
    return browser.driver.findElement(COMPLETE).isEnabled();
  }

  /**
   * Presses "Complete" on a form whose required fields are still empty, and returns once the form has marked
   * them: the form checks them only then, and completes nothing.
   */
  void completeExpectingErrors(CamundaForm form) {
    pressComplete(browser.driver.findElement(COMPLETE));
    form.awaitErrors();
  }

  /** Waits until "Complete" may be pressed and presses it. */
  void complete() {
    pressComplete(browser.wait.withMessage("the Complete button to be enabled")
        .until(ExpectedConditions.elementToBeClickable(COMPLETE)));
  }

  private void pressComplete(WebElement complete) {
    // The button may sit under the page footer or a notification of the last task ("completed") for a few
    // seconds; a user scrolls or waits, the test presses it where it is. A disabled button still ignores this.
    ((JavascriptExecutor) browser.driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
  }

  /** What Tasklist tells the user at the top of the page (errors included), for a failure message. */
  String notifications() {
    return browser.driver.findElements(By.cssSelector(".notifications .alert, .notification")).stream()
        .map(WebElement::getText).filter(text -> !text.isBlank()).toList().toString();
  }

  /** Shows the open task's Diagram tab; returns once the process is drawn with the task on it. */
  void showDiagram(String activityId) {
    detailTab("Diagram");
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
        ".task-details .djs-container svg [data-element-id='" + activityId + "']")));
  }

  void showForm() {
    detailTab("Form");
  }

  private void detailTab(String name) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-details')]//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='" + name + "']")))
        .click();
  }

  /** An XPath string literal for any text, quotes included. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /**
   * Whether the header offers the action (Tasklist's {@code li} class, e.g. "start-process-action") once the page
   * has decided: while header-actions.js asks the engine, the action is marked "checking".
   */
  boolean headerActionShown(String action) {
    By item = By.cssSelector("li." + action);
    WebElement shown = browser.wait.withMessage("the header action " + action + " to be decided").until(driver -> {
      List<WebElement> found = driver.findElements(item);
      return found.isEmpty() || "checking".equals(found.get(0).getAttribute("data-chw-access")) ? null
          : found.get(0);
    });
    return shown.isDisplayed();
  }

  /** The card of the listed task whose name starts with {@code taskName}; waits for it. */
  WebElement card(String taskName) {
    return browser.wait.withMessage("a card for " + taskName).until(driver -> driver.findElements(
        By.cssSelector(".tasks-list li.task")).stream().filter(card -> card.findElement(By.cssSelector("h4.task"))
        .getText().startsWith(taskName)).findFirst().orElse(null));
  }

  /**
   * The deadline flag drawn before the due date of the element's {@code .due-date} (a card, or the open task's
   * header) once it shows {@code expected}, e.g. "Overdue"; what it shows otherwise when the patience runs out.
   */
  String deadlineFlag(Supplier<WebElement> holder, String expected) {
    Supplier<String> flag = () -> {
      Object content = ((JavascriptExecutor) browser.driver).executeScript(
          "return getComputedStyle(arguments[0].querySelector('.due-date'), '::before').content;", holder.get());
      return content == null ? "" : content.toString().replaceAll("^\"|\"$", "");
    };
    return browser.within(Duration.ofSeconds(40), driver -> expected.equals(flag.get()) ? expected : null)
        .orElseGet(flag);
  }

  /** The colour the element's due date is written in, e.g. "rgb(181, 42, 34)". */
  String dueDateColour(WebElement holder) {
    return holder.findElement(By.cssSelector(".due-date")).getCssValue("color");
  }

  /** What the task's card shows of its case: label (without the colon) to value, as the user sees them. */
  Map<String, String> cardVariables(String taskName) {
    return browser.wait.withMessage("variables on the card of " + taskName).until(driver -> {
      Map<String, String> shown = new LinkedHashMap<>();
      WebElement card = card(taskName);
      // a card shows its first variables only until the user opens it with the shutter ("Show more")
      if (card.findElements(By.cssSelector(".task-card-details.expanded")).isEmpty()) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()",
            card.findElement(By.cssSelector(".task-card-details .shutter")));
      }
      for (WebElement item : card.findElements(By.cssSelector(".variables .variable-item"))) {
        String label = item.findElement(By.cssSelector(".variable-label")).getText().replaceAll(":$", "").trim();
        List<WebElement> value = item.findElements(By.cssSelector(".variable-value"));
        shown.put(label, value.isEmpty() ? "" : value.get(0).getText().trim());
      }
      return shown.isEmpty() ? null : shown;
    });
  }

  /** Clicks the start form's "Start" button. */
  void submitStart() {
    browser.driver.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"))
        .click();
  }
}
