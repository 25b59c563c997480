package org.collectivehealing.workflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** The input fields of a Camunda Form (form-js JSON) and the rules the form states for each. */
public record CamundaForm(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
      "radio", "select", "taglist", "datetime");

  /**
   * @param allowedValues the static option values of a select, radio, checklist or taglist; empty when free
   */
  public record Field(String key, String label, String type, boolean required, Double min, Double max,
      Integer minLength, Integer maxLength, String pattern, Set<String> allowedValues) {

    public String describe() {
      return label == null || label.isBlank() ? "'" + key + "'" : "'" + label + "' (" + key + ")";
    }
  }

  public static CamundaForm parse(InputStream json) {
    try (json) {
      JsonNode root = JSON.readTree(json);
      List<Field> fields = new ArrayList<>();
      collect(root.path("components"), fields);
      return new CamundaForm(root.path("id").asText(null), List.copyOf(fields));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable Camunda Form", e);
    }
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        collect(component.path("components"), fields); // groups
      }
      boolean inert = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (!INPUT_TYPES.contains(type) || !component.hasNonNull("key") || inert) {
        continue;
      }
      JsonNode validate = component.path("validate");
      fields.add(new Field(component.path("key").asText(), component.path("label").asText(null), type,
          validate.path("required").asBoolean(false),
          number(validate, "min"), number(validate, "max"),
          integer(validate, "minLength"), integer(validate, "maxLength"),
          validate.hasNonNull("pattern") ? validate.path("pattern").asText() : null,
          StreamSupport.stream(component.path("values").spliterator(), false)
              .map(option -> option.path("value").asText()).collect(Collectors.toUnmodifiableSet())));
    }
  }

  private static Double number(JsonNode node, String name) {
    return node.hasNonNull(name) && node.path(name).isNumber() ? node.path(name).asDouble() : null;
  }

  private static Integer integer(JsonNode node, String name) {
    return node.hasNonNull(name) && node.path(name).isNumber() ? node.path(name).asInt() : null;
  }
}
