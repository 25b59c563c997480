package org.collectivehealing.workflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The process instances whose variables a response disclosed, for the calls whose path does not name them. Only
 * each row's own fields count, never what is inside a variable's value, which could hold a planted field.
 */
final class InstancesInResponse {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** the fields in which a row carries variable values: variables, embedded (HAL) variables, decision values */
  private static final List<String> CARRIERS = List.of("variables", "inputs", "outputs");

  private InstancesInResponse() {
  }

  /**
   * @param disclosure one of the unscoped disclosures: which rows count and where their instance is named
   * @throws IOException when the body is no row or list of rows, or a row that carries variables does not say
   *     whose they are
   */
  static Set<String> of(byte[] body, Disclosure disclosure) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode row : rows(JSON.readTree(body))) {
      if (disclosure == Disclosure.ROWS || carriesVariables(row)) {
        JsonNode id = instanceOf(row, disclosure);
        if (id == null) {
          throw new IOException("a row that discloses variables names no process instance");
        }
        // null: a standalone task's variables, of no case
        if (id.isTextual()) {
          ids.add(id.asText());
        }
      }
    }
    return ids;
  }

  private static Iterable<JsonNode> rows(JsonNode body) throws IOException {
    if (body != null && body.path("_embedded").path("task").isArray()) {
      // HAL, as Tasklist asks for its task lists: the rows are embedded, each with its variables if any
      return body.path("_embedded").path("task");
    }
    if (body != null && body.isArray()) {
      return body;
    }
    if (body != null && body.isObject()) {
      // one row: a filter's single result, a started instance
      return List.of(body);
    }
    throw new IOException("not a row or a list of rows");
  }

  private static boolean carriesVariables(JsonNode row) {
    return CARRIERS.stream().anyMatch(field -> row.hasNonNull(field))
        || row.path("_embedded").hasNonNull("variable");
  }

  /** The row's field naming its instance; null when it has none (a JSON null: it belongs to no instance). */
  private static JsonNode instanceOf(JsonNode row, Disclosure disclosure) {
    return switch (disclosure) {
      case CORRELATION_RESULTS -> row.path("processInstance").hasNonNull("id") ? row.get("processInstance").get("id")
          : row.path("execution").get("processInstanceId");
      case STARTED_INSTANCE -> row.get("id");
      default -> row.get("processInstanceId");
    };
  }
}
