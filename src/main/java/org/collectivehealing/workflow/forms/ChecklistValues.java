package org.collectivehealing.workflow.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the value of a checklist field. Tasklist submits it as a JSON array, a REST or Java client may send a
 * list: both read as a list of strings; a missing value reads as an empty list.
 */
public final class ChecklistValues {

  private ChecklistValues() {
  }

  public static List<String> of(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(element -> values.add(String.valueOf(element)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> values.add(element.isString() ? element.stringValue() : element.toString()));
    } else if (value instanceof String text && !text.isBlank()) {
      values.add(text);
    }
    return values;
  }
}
