package org.collectivehealing.workflow.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form (form-js) as Tasklist renders it. Fields are found by their visible label, as a caseworker
 * finds them, so a renamed label fails the test the same way it would confuse the user.
 */
final class CamundaForm {

  private static final By FORM = By.cssSelector(".fjs-form");
  private final BrowserSession browser;

  private CamundaForm(BrowserSession browser) {
    this.browser = browser;
  }

  /** Waits until a form with at least one field is on the page; a form that does not render fails here. */
  static CamundaForm rendered(BrowserSession browser) {
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(FORM));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .fjs-form-field")));
    return new CamundaForm(browser);
  }

  /** The labels of the form's fields, in the order shown. */
  List<String> labels() {
    return browser.driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-label")).stream()
        .map(WebElement::getText).map(label -> label.replaceAll("\\s*\\*$", "").trim()) // "*" marks required
        .filter(label -> !label.isEmpty()).toList();
  }

  /** Waits until the form marks at least one field as invalid, as it does when a required field is empty. */
  void awaitErrors() {
    browser.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form .fjs-form-field-error")));
  }

  CamundaForm type(String label, String value) {
    WebElement input = input(label);
    input.clear();
    input.sendKeys(value);
    input.sendKeys(Keys.TAB); // form-js takes the value on blur
    return this;
  }

  /** form-js selects are a custom dropdown, not a native select: open it and click the option. */
  CamundaForm choose(String label, String option) {
    WebElement field = field(label);
    // the dropdown also opens when the focus arrives from the field before; a click then would close it
    if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
      field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")).click();
    }
    browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"))).click();
    return this;
  }

  /**
   * A date-and-time field, labelled "Date" and "Time" on screen whatever its own label: its two inputs take
   * typed values, taken when the focus leaves them.
   */
  CamundaForm dateTime(String date, String time) {
    // the date picker keeps a hidden input of its own beside the one the user types into
    List<WebElement> inputs = browser.driver.findElements(By.cssSelector(".fjs-form-field-datetime input")).stream()
        .filter(WebElement::isDisplayed).toList();
    inputs.get(0).sendKeys(date, Keys.TAB);
    inputs.get(1).sendKeys(time, Keys.TAB);
    return this;
  }

  private WebElement input(String label) {
    return field(label).findElement(By.cssSelector("input, textarea"));
  }

  private WebElement field(String label) {
    return browser.driver.findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[.//label[starts-with(normalize-space(.),'" + label + "')]]"));
  }
}
