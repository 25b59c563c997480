package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.collectivehealing.workflow.audit.VariableRead.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableReadRecognizerTest {

  @ParameterizedTest
  @CsvSource({
      "GET, /task/t1/variables, TASK, t1",
      "GET, /task/t1/variables/contactLastName, TASK, t1",
      "GET, /task/t1/variables/file/data, TASK, t1",
      "GET, /task/t1/form-variables, TASK, t1",
      "GET, /task/t1/localVariables, TASK, t1",
      "GET, /task/t1/localVariables/notes, TASK, t1",
      "GET, /engine/default/task/t1/form-variables, TASK, t1",
      "GET, /process-instance/p1/variables, PROCESS_INSTANCE, p1",
      "GET, /process-instance/p1/variables/contactLastName, PROCESS_INSTANCE, p1",
      "GET, /engine/default/process-instance/p1/variables, PROCESS_INSTANCE, p1",
      "GET, /execution/e1/localVariables, EXECUTION, e1",
      "GET, /execution/e1/localVariables/notes, EXECUTION, e1",
      "GET, /variable-instance, QUERY, ",
      "GET, /variable-instance/v1, VARIABLE_INSTANCE, v1",
      "GET, /variable-instance/v1/data, VARIABLE_INSTANCE, v1",
      "GET, /history/variable-instance/h1, HISTORIC_VARIABLE_INSTANCE, h1",
      "GET, /history/detail/d1/data, HISTORIC_DETAIL, d1",
      "GET, /history/variable-instance, QUERY, ",
      "GET, /history/detail, QUERY, ",
      "GET, /engine/default/history/detail, QUERY, ",
      "POST, /history/variable-instance, QUERY, ",
      "POST, /variable-instance, QUERY, ",
      "POST, /history/detail, QUERY, ",
      "GET, /task, TASK_QUERY, ",
      "POST, /task/t1/complete, TASK, t1",
      "POST, /engine/default/task/t1/submit-form, TASK, t1",
      "POST, /engine/default/task, TASK_QUERY, ",
  })
  void recognisesVariableReads(String method, String path, Scope scope, String id) {
    assertThat(VariableReadRecognizer.recognise(method, path)).contains(new VariableRead(scope, id));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET /task/count", "GET /task/t1", "GET /task/t1/form", "GET /process-instance", "GET /process-instance/p1",
      "GET /variable-instance/count", "GET /history/variable-instance/count", "GET /history/detail/count",
      "GET /history/process-instance", "GET /task/t1/variables/a/b/c", "GET /deployment",
      "POST /task/t1/variables", "POST /task/t1/claim", "PUT /process-instance/p1/variables/x",
      "DELETE /task/t1/variables/x", "POST /history/variable-instance/count",
      "DELETE /task", "GET /engine/default/task/count"})
  void ignoresEverythingElse(String call) {
    String[] parts = call.split(" ");
    assertThat(VariableReadRecognizer.recognise(parts[0], parts[1])).isEqualTo(Optional.empty());
  }
}
