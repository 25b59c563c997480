package org.collectivehealing.workflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The process instances whose rows a variable list query returned. Only the top-level {@code processInstanceId}
 * of each row counts: a variable's value could itself hold such a field, and is never looked into otherwise.
 */
final class InstancesInResponse {

  private static final ObjectMapper JSON = new ObjectMapper();

  private InstancesInResponse() {
  }

  /**
   * @param onlyRowsWithVariables count only rows that carry a {@code variables} field (a task list asked for
   *     its variables); other rows disclose no variable
   * @throws IOException when the body is no JSON list of rows
   */
  static Set<String> of(byte[] body, boolean onlyRowsWithVariables) throws IOException {
    JsonNode rows = JSON.readTree(body);
    if (rows != null && rows.path("_embedded").path("task").isArray()) {
      // HAL, as Tasklist asks for its task lists: the rows are embedded, each with its variables if any
      rows = rows.path("_embedded").path("task");
    }
    if (rows == null || !rows.isArray()) {
      throw new IOException("not a list of rows");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode row : rows) {
      JsonNode id = row.get("processInstanceId");
      boolean carriesVariables = row.has("variables") || row.path("_embedded").has("variable");
      if (id != null && id.isTextual() && (!onlyRowsWithVariables || carriesVariables)) {
        ids.add(id.asText());
      }
    }
    return ids;
  }
}
