package org.collectivehealing.workflow.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Tasklist as a caseworker uses it: queues on the left, tasks in the middle, "Start process" on top. */
final class Tasklist extends CamundaWebapp {

  private static final By QUEUES = By.cssSelector(".item.task-filter");
  private static final By QUEUE_NAMES = By.cssSelector(".item.task-filter .name a");
  private static final By TASK_NAMES = By.cssSelector(".tasks-list li.task h4.task");
  /** Tasklist shows either the list or a "no matching task" note once the queue has loaded. */
  private static final int PAGE_SIZE = 15;
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
    WebElement filter = browser.wait.until(driver -> driver.findElements(QUEUES).stream()
        .filter(item -> item.findElement(By.cssSelector(".name a")).getText().startsWith(queue)).findFirst()
        .orElse(null));
    filter.findElement(By.cssSelector(".name a")).click();
    browser.wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
    // loaded once the list shows as many tasks as the queue's counter says (a queue of few tasks is one page)
    return browser.wait.until(driver -> {
      String counter = filter.findElement(By.cssSelector(".counter")).getText().trim();
      List<String> names = driver.findElements(TASK_NAMES).stream().map(WebElement::getText).toList();
      boolean loaded = counter.matches("\\d+") && !driver.findElements(TASKS_LOADED).isEmpty()
          && names.size() == Math.min(Integer.parseInt(counter), PAGE_SIZE);
      return loaded ? names : null;
    });
  }

  /** Opens "Start process", picks the process by name and returns its start form once it has rendered. */
  CamundaForm startProcess(String processName) {
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//a[contains(normalize-space(.),'Start process')]"))).click();
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//ul[contains(@class,'processes')]//a[normalize-space(.)='" + processName + "']"))).click();
    return CamundaForm.rendered(browser);
  }

  /** Clicks the start form's "Start" button. */
  void submitStart() {
    browser.driver.findElement(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']"))
        .click();
  }
}
