package org.collectivehealing.workflow.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Fills a Camunda Form as a careful caseworker would: keeps what is already filled in, answers what the
 * scenario dictates, and gives every other required field a valid answer. Checklists are sent as JSON, as
 * Tasklist sends them.
 */
public class FormFiller {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  private final Map<String, Supplier<Object>> answers = new HashMap<>();

  public FormFiller answer(String key, Object value) {
    answers.put(key, () -> value);
    return this;
  }

  /** One answer per time the field is met, the last one repeated. */
  public FormFiller answers(String key, Object... values) {
    int[] next = {0};
    answers.put(key, () -> values[Math.min(next[0]++, values.length - 1)]);
    return this;
  }

  /** The variables to submit for this form: checklists as JSON, as Tasklist sends them. */
  public Map<String, Object> fill(InputStream formJson, Map<String, Object> existing, Instant now) {
    Map<String, Object> values = new HashMap<>();
    answersFor(parse(formJson), existing, now).forEach((key, value) -> values.put(key, asVariable(value)));
    return values;
  }

  /**
   * What the caseworker enters, field by field in the form's order: plain values, a list for a checklist, ISO
   * text for a date. Fields left as they are (already filled, optional, read-only) are not in it.
   */
  public Map<String, Object> answersFor(JsonNode form, Map<String, Object> existing, Instant now) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonNode field : fields(form)) {
      String key = field.path("key").asText();
      if (field.path("readonly").asBoolean() || field.path("disabled").asBoolean()) {
        continue;
      }
      if (answers.containsKey(key)) {
        values.put(key, answers.get(key).get());
      } else if (existing.get(key) == null && required(field)) {
        values.put(key, validAnswer(field, now));
      }
    }
    return values;
  }

  public static JsonNode parse(InputStream formJson) {
    try (formJson) {
      return JSON.readTree(formJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form's input fields (components with a key), nested ones included, in the order shown. */
  public static List<JsonNode> fields(JsonNode form) {
    return fieldsOf(form.path("components"));
  }

  public static boolean required(JsonNode field) {
    return field.path("validate").path("required").asBoolean();
  }

  private static Object validAnswer(JsonNode field, Instant now) {
    JsonNode validate = field.path("validate");
    return switch (field.path("type").asText()) {
      case "number" -> validate.has("min") ? validate.path("min").asLong() : 1L;
      case "checkbox" -> true;
      case "select", "radio" -> field.path("values").get(0).path("value").asText();
      case "checklist" -> List.of(field.path("values").get(0).path("value").asText());
      case "datetime" -> "date".equals(field.path("subtype").asText())
          ? now.atOffset(ZoneOffset.UTC).toLocalDate().toString()
          : DATE_TIME.format(now.atOffset(ZoneOffset.UTC));
      default -> {
        String text = "Scenario: " + field.path("label").asText("answer");
        int max = validate.path("maxLength").asInt(200);
        yield text.length() > max ? text.substring(0, max) : text;
      }
    };
  }

  private static Object asVariable(Object value) {
    if (value instanceof List<?> list) {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }

  private static List<JsonNode> fieldsOf(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.has("components")) {
        fields.addAll(fieldsOf(component.path("components")));
      }
      if (component.hasNonNull("key")) {
        fields.add(component);
      }
    }
    return fields;
  }
}
