package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    replaceText(input(label), value);
    return this;
  }

  /** form-js selects are a custom dropdown, not a native select: open it and click the option. */
  CamundaForm choose(String label, String option) {
    pick(field(label), option);
    return this;
  }

  /**
   * A date-and-time field, labelled "Date" and "Time" on screen whatever its own label: its two inputs take
   * typed values, taken when the focus leaves them.
   */
  CamundaForm dateTime(String date, String time) {
    dateTime(browser.driver.findElement(By.cssSelector(".fjs-form-field-datetime")), date, time);
    return this;
  }

  /**
   * Enters a value into the field the form's JSON describes, as a user would: types text, ticks boxes, picks
   * options by their label, types a date as Tasklist shows it (month/day/year, 24-hour time). The field is
   * found by its component id, which the form gives every input; returns false when the form hides the
   * field (a condition on other answers), as it does for the user.
   */
  boolean enter(JsonNode field, Object value) {
    Optional<WebElement> shown = container(field);
    if (shown.isEmpty()) {
      return false;
    }
    WebElement container = shown.get();
    List<JsonNode> options = new ArrayList<>();
    field.path("values").forEach(options::add);
    switch (field.path("type").asText()) {
      case "checkbox" -> tick(container.findElement(By.cssSelector("input[type=checkbox]")), Boolean.TRUE.equals(value));
      case "radio" -> click(container.findElements(By.cssSelector("input[type=radio]")).get(indexOf(options, value)));
      case "checklist" -> {
        List<WebElement> boxes = container.findElements(By.cssSelector("input[type=checkbox]"));
        List<String> wanted = ((List<?>) value).stream().map(String::valueOf).toList();
        for (int i = 0; i < options.size(); i++) {
          tick(boxes.get(i), wanted.contains(options.get(i).path("value").asText()));
        }
      }
      case "select" -> pick(container, options.get(indexOf(options, value)).path("label").asText());
      case "datetime" -> {
        String text = value.toString(); // 2026-06-13 or 2026-06-12T22:05+00:00, as the engine holds it
        String date = text.substring(5, 7) + "/" + text.substring(8, 10) + "/" + text.substring(0, 4);
        dateTime(container, date, text.length() > 10 ? text.substring(11, 16) : null);
      }
      // a number field shows nothing after a typed "0" (form-js 1.x), though it holds it: checked in the engine
      case "number" -> replaceText(container.findElement(By.cssSelector("input")), value.toString());
      default -> typeChecked(container.findElement(By.cssSelector("input, textarea")), value.toString());
    }
    return true;
  }

  /** Types the text and checks the field shows it, so a value the form did not take fails here, by name. */
  private static void typeChecked(WebElement input, String text) {
    replaceText(input, text);
    assertThat(input.getDomProperty("value")).as("what the field shows after typing '" + text + "'").isEqualTo(text);
  }

  private void dateTime(WebElement container, String date, String time) {
    // by id: the date picker's calendar, open while the date has the focus, has inputs of its own
    replaceText(container.findElement(By.cssSelector("input.fjs-input[id$='-date']")), date);
    if (time != null) {
      replaceText(container.findElement(By.cssSelector("input.fjs-input[id$='-time']")), time);
    }
  }

  private void pick(WebElement container, String option) {
    // the dropdown also opens when the focus arrives from the field before; a click then would close it
    if (container.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
      click(container.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
    }
    click(browser.wait.until(driver -> container.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().trim().equals(option)).findFirst().orElse(null)));
  }

  private void tick(WebElement box, boolean wanted) {
    if (box.isSelected() != wanted) {
      click(box);
    }
  }

  /** Scrolls the element to the middle of the window first, as a user would, clear of the page's footer. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static void replaceText(WebElement input, String text) {
    // The text is typed, so the form hears every key; clear() first (after a select-all and delete, a "0" typed
    // into a number field is lost), and the Tab on its own, which is when form-js takes the value.
    input.clear();
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  private static int indexOf(List<JsonNode> options, Object value) {
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).path("value").asText().equals(String.valueOf(value))) {
        return i;
      }
    }
    throw new AssertionError("no option " + value + " among " + options);
  }

  /**
   * The field's box on screen: the innermost form field holding an element whose id (or label target) is the
   * component id, which form-js prefixes per form and suffixes per option. A field shown on a condition may
   * take a moment to appear after the answer it depends on.
   */
  private Optional<WebElement> container(JsonNode field) {
    String suffix = "-" + field.path("id").asText();
    By box = By.xpath("(//form[contains(@class,'fjs-form')]//div[contains(concat(' ', normalize-space(@class), ' '),"
        + " ' fjs-form-field ')][.//*[" + endsWith("@id", suffix) + " or contains(@id, '" + suffix + "-') or "
        + endsWith("@for", suffix) + "]])[last()]");
    if (!field.has("conditional")) {
      return Optional.of(browser.driver.findElement(box));
    }
    return browser.within(Duration.ofSeconds(2), ExpectedConditions.presenceOfElementLocated(box));
  }

  private static String endsWith(String attribute, String suffix) {
    return "substring(" + attribute + ", string-length(" + attribute + ") - " + (suffix.length() - 1) + ") = '"
        + suffix + "'";
  }

  private WebElement input(String label) {
    return field(label).findElement(By.cssSelector("input, textarea"));
  }

  private WebElement field(String label) {
    return browser.driver.findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[.//label[starts-with(normalize-space(.),'" + label + "')]]"));
  }
}
