package org.collectivehealing.workflow.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The variables an administrators-only command carries: in the command itself, in its builder (start,
 * correlation, signal, condition) and in each of its instructions (start instructions, modification).
 */
final class AdministratorInput {

  private static final List<String> VARIABLE_FIELDS = List.of("variables", "variablesLocal", "processVariables",
      "processVariablesLocal", "processVariablesToTriggeredScope", "payloadProcessInstanceVariables",
      "payloadProcessInstanceVariablesLocal", "payloadProcessInstanceVariablesToTriggeredScope");
  private static final List<String> PARTS = List.of("builder", "instantiationBuilder", "modificationBuilder");
  private static final List<String> INSTRUCTIONS = List.of("operations", "modificationOperations", "instructions");

  private AdministratorInput() {
  }

  static Map<String, Object> variables(Object command) {
    Map<String, Object> variables = new LinkedHashMap<>();
    collect(command, variables, 0);
    return variables;
  }

  private static void collect(Object part, Map<String, Object> variables, int depth) {
    if (part == null || depth > 3) {
      return;
    }
    for (String field : VARIABLE_FIELDS) {
      if (CommandFields.has(part, field) && CommandFields.read(part, field) instanceof Map<?, ?> map) {
        // typed, where the map keeps types: a broken JSON value cannot be read as a plain one
        map.keySet().forEach(name -> variables.put(String.valueOf(name), map instanceof VariableMap typed
            ? typed.getValueTyped(String.valueOf(name)) : map.get(name)));
      }
    }
    for (String field : PARTS) {
      if (CommandFields.has(part, field)) {
        collect(CommandFields.read(part, field), variables, depth + 1);
      }
    }
    for (String field : INSTRUCTIONS) {
      if (CommandFields.has(part, field) && CommandFields.read(part, field) instanceof Iterable<?> instructions) {
        instructions.forEach(instruction -> collect(instruction, variables, depth + 1));
      }
    }
  }
}
