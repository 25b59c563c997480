package org.collectivehealing.workflow.fuzz;

import java.util.List;

/** Values and bodies a clumsy or hostile caller sends instead of what the API expects. */
final class HostileValues {

  static final String TEXT_5000 = "x".repeat(5000);
  static final String TEXT_1MB = "y".repeat(1 << 20);

  /** Typed REST variables ({"value":…,"type":…}) that no form field and no engine type accepts as they are. */
  static final List<String> BAD_VARIABLES = List.of(
      "{\"value\":\"NaN\",\"type\":\"Long\"}",
      "{\"value\":\"NaN\",\"type\":\"Double\"}",
      "{\"value\":\"Infinity\",\"type\":\"Double\"}",
      "{\"value\":\"1e3\",\"type\":\"Long\"}",
      "{\"value\":9223372036854775808,\"type\":\"Long\"}",
      "{\"value\":[\"a\",\"b\"]}",
      "{\"value\":{\"nested\":1}}",
      "{\"value\":\"x\",\"type\":\"NoSuchType\"}",
      "{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
          + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
      "{\"value\":\"not json\",\"type\":\"Json\"}",
      "{\"value\":\"2026-13-45\",\"type\":\"Date\"}",
      "{\"value\":\"" + TEXT_5000 + "\",\"type\":\"String\"}");

  /** Bodies that are no valid request at all. */
  static final List<String> BAD_BODIES = List.of("{\"variables\":", "null", "", "[]", "\"text\"",
      "{\"variables\":[1,2]}", "{\"variables\":{\"x\":5}}", "{\"variables\":null,\"unknownField\":true}");

  /** Content types a JSON endpoint must refuse. */
  static final List<String> WRONG_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded");

  private HostileValues() {
  }

  /** A typed string variable. */
  static String text(String value) {
    return "{\"value\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"type\":\"String\"}";
  }

  /** {"name": variable, …} from pairs of name and typed variable. */
  static String variables(String... namesAndVariables) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < namesAndVariables.length; i += 2) {
      json.append(i == 0 ? "" : ",").append('"').append(namesAndVariables[i]).append("\":")
          .append(namesAndVariables[i + 1]);
    }
    return json.append('}').toString();
  }

  /** Merges more typed variables into a {"name":…} object given as JSON text. */
  static String plus(String variablesJson, String... namesAndVariables) {
    String more = variables(namesAndVariables);
    if (more.equals("{}")) {
      return variablesJson;
    }
    return variablesJson.equals("{}") ? more
        : variablesJson.substring(0, variablesJson.length() - 1) + "," + more.substring(1);
  }
}
