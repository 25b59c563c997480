package org.collectivehealing.workflow.forms;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks submitted values against the rules their Camunda Form states. Tasklist checks the same rules in the
 * browser, but anything can be sent over REST, so the engine checks again before it saves anything.
 */
public final class FormSubmissionValidator {

  private FormSubmissionValidator() {
  }

  /** @return one plain-language message per broken rule, naming the field; empty when all is well */
  public static List<String> violations(CamundaForm form, Function<String, Object> values) {
    List<String> violations = new ArrayList<>();
    for (CamundaForm.Field field : form.fields()) {
      Object value = values.apply(field.key());
      if (isEmpty(value)) {
        if (field.required()) {
          violations.add(field.describe() + " is required");
        }
        continue;
      }
      check(field, value, violations);
    }
    return violations;
  }

  private static void check(CamundaForm.Field field, Object value, List<String> violations) {
    switch (field.type()) {
      case "number" -> checkNumber(field, value, violations);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          violations.add(field.describe() + " must be true or false");
        } else if (field.required() && !((Boolean) value)) {
          violations.add(field.describe() + " must be ticked"); // as form-js treats a required checkbox
        }
      }
      case "checklist", "taglist" -> checkOptions(field, value, violations);
      case "select", "radio" -> checkOption(field, value, violations);
      default -> checkText(field, value, violations);
    }
  }

  private static void checkNumber(CamundaForm.Field field, Object value, List<String> violations) {
    Double number = value instanceof Number n ? Double.valueOf(n.doubleValue()) : parse(value.toString());
    if (number == null || number.isNaN() || number.isInfinite()) {
      // not the value itself: it may be anything, of any length
      violations.add(field.describe() + " must be a number");
      return;
    }
    if (field.min() != null && number < field.min()) {
      violations.add(field.describe() + " must be at least " + plain(field.min()));
    }
    if (field.max() != null && number > field.max()) {
      violations.add(field.describe() + " must be at most " + plain(field.max()));
    }
  }

  private static void checkText(CamundaForm.Field field, Object value, List<String> violations) {
    String text = text(value);
    if (text == null) {
      // a number or an object where the form asks for text or a date: no form sends that
      violations.add(field.describe() + " must be text" + ("datetime".equals(field.type()) ? " (a date or time)" : ""));
      return;
    }
    if ("datetime".equals(field.type()) && !isDateOrTime(text)) {
      violations.add(field.describe() + " must be a date or time such as 2026-11-26 or 2026-11-26T09:30+00:00");
      return;
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      violations.add(field.describe() + " must have at least " + field.minLength() + " characters");
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      violations.add(field.describe() + " must have at most " + field.maxLength() + " characters");
    }
    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
      violations.add(field.describe() + " is not in the expected format");
    }
  }

  /** One of the options: a text, never a list or an object. */
  private static void checkOption(CamundaForm.Field field, Object value, List<String> violations) {
    String text = text(value);
    if (text == null) {
      violations.add(field.describe() + " must be one of its options, not a list or an object");
    } else if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
      violations.add(field.describe() + " cannot be '" + shortened(text) + "'; choose one of " + field.allowedValues());
    }
  }

  /** A list of options, each a text. */
  private static void checkOptions(CamundaForm.Field field, Object value, List<String> violations) {
    if (value instanceof SpinJsonNode json && !json.isArray() && !json.isString()) {
      violations.add(field.describe() + " must be a list of its options");
      return;
    }
    for (Object element : elements(value)) {
      if (text(element) == null) {
        violations.add(field.describe() + " must list its options as texts, not numbers, objects or nulls");
        return;
      }
      checkOption(field, element, violations);
    }
  }

  /** The text of a plain or JSON string; null for anything else. */
  private static String text(Object value) {
    if (value instanceof SpinJsonNode json) {
      return json.isString() ? json.stringValue() : null;
    }
    return value instanceof String text ? text : null;
  }

  /** As form-js writes its datetime field: a date, a date with a time (and offset), or a time. */
  private static boolean isDateOrTime(String text) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE,
        DateTimeFormatter.ISO_TIME)) {
      try {
        format.parse(text.trim());
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    if (value instanceof SpinJsonNode json) {
      return json.isNull() || (json.isArray() && json.elements().isEmpty());
    }
    return false;
  }

  private static List<?> elements(Object value) {
    if (value instanceof Collection<?> collection) {
      return List.copyOf(collection);
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements();
    }
    return List.of(value);
  }

  private static Double parse(String text) {
    try {
      return Double.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
