package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableReadRecognizerTest {

  static final VariableReadRecognizer REST = VariableReadRecognizer.of(CamundaRestResources.getResourceClasses());
  static final VariableReadRecognizer WEBAPP = VariableReadRecognizer.of(new EngineRestApplication().getClasses());

  @ParameterizedTest
  @CsvSource({
      "GET, /task/t1/variables, TASK, t1",
      "GET, /task/t1/variables/contactLastName, TASK, t1",
      "GET, /task/t1/variables/file/data, TASK, t1",
      "GET, /task/t1/form-variables, TASK, t1",
      "GET, /task/t1/localVariables/notes, TASK, t1",
      "GET, /task/t1/rendered-form, TASK, t1",
      "GET, /engine/default/task/t1/form-variables, TASK, t1",
      "POST, /task/t1/complete, TASK, t1",
      "POST, /engine/default/task/t1/submit-form, TASK, t1",
      "GET, /process-instance/p1/variables, PROCESS_INSTANCE, p1",
      "GET, /process-instance/p1/variables/contactLastName/data, PROCESS_INSTANCE, p1",
      "GET, /execution/e1/localVariables/notes, EXECUTION, e1",
      "GET, /variable-instance/v1/data, VARIABLE_INSTANCE, v1",
      "GET, /history/variable-instance/h1, HISTORIC_VARIABLE_INSTANCE, h1",
      "GET, /history/detail/d1/data, HISTORIC_DETAIL, d1",
      // the escapes of issue 9, finding 8: as Jersey serves them, so they are recognised
      "GET, /process-instance/p1/variables/, PROCESS_INSTANCE, p1",
      "GET, /process-instance/p1/variables;x=1, PROCESS_INSTANCE, p1",
      "GET, /process-instance;a=b/p1;c=d/variables, PROCESS_INSTANCE, p1",
      "GET, /process-instance/p1/variables/contactLastName/, PROCESS_INSTANCE, p1",
      "GET, /process-instance/p%2D1/variables, PROCESS_INSTANCE, p-1",
      "GET, /process-instance/p+1/variables, PROCESS_INSTANCE, p+1",
      "GET, /process-instance/p%zz/variables, PROCESS_INSTANCE, p%zz",
      "GET, /history/variable-instance/, ROWS, ",
      "GET, /variable-instance/, ROWS, ",
      "POST, /message, CORRELATION_RESULTS, ",
      "GET, /variable-instance, ROWS, ",
      "POST, /history/detail, ROWS, ",
      "GET, /optimize/variable-update, ROWS, ",
      "GET, /task, ROWS_WITH_VARIABLES, ",
      "POST, /engine/default/task/, ROWS_WITH_VARIABLES, ",
      "POST, /filter/f1/list, ROWS_WITH_VARIABLES, ",
      "GET, /filter/f1/singleResult, ROWS_WITH_VARIABLES, ",
      "POST, /external-task/fetchAndLock, ROWS_WITH_VARIABLES, ",
      "GET, /history/decision-instance, ROWS_WITH_VARIABLES, ",
      "POST, /process-definition/key/victim-support/start, STARTED_INSTANCE, ",
      "POST, /process-definition/key/k/tenant-id/houston/submit-form, STARTED_INSTANCE, ",
      "GET, /case-instance/c1/variables, UNAUDITABLE, ",
  })
  void recognisesVariableReads(String method, String path, Disclosure disclosure, String id) {
    assertThat(REST.recognise(method, path)).contains(new VariableRead(disclosure, id));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET /task/count", "GET /task/count/", "GET /task/count;x=1", "GET /task/t1", "GET /task/t1/form",
      "GET /process-instance", "GET /process-instance/p1", "GET /variable-instance/count",
      "GET /history/variable-instance/count", "POST /history/variable-instance/count", "GET /history/detail/count",
      "GET /history/process-instance", "GET /deployment", "POST /task/t1/variables", "POST /task/t1/claim",
      "PUT /process-instance/p1/variables/x", "DELETE /task/t1/variables/x", "GET /engine/default/task/count",
      "GET /process-definition/key/xml", "HEAD /task/t1/variables", "OPTIONS /task/t1/variables", "GET /engine"})
  void everythingElseDisclosesNothing(String call) {
    String[] parts = call.split(" ");
    assertThat(REST.recognise(parts[0], parts[1])).contains(new VariableRead(Disclosure.NONE, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET /process-instance//p1/variables", "GET //process-instance/p1/variables", "GET /task/t1/variables//",
      "GET /process-instance/p1/%76ariables", "GET /process-instance/p1/Variables", "GET /Task/t1/variables",
      "GET /task/t1/variables/a/b/c", "GET /nothing", "GET ", "GET /", "PATCH /task/t1", "DELETE /task",
      "GET /process-instance/p1/;x=1/variables"})
  void aPathOrMethodJerseyServesNothingOnIsUnknown(String call) {
    String[] parts = call.split(" ", 2);
    assertThat(REST.recognise(parts[0], parts[1])).isEmpty();
  }

  @Test
  void theWebappsServeOnlyTheNamedEngine() {
    assertThat(WEBAPP.recognise("GET", "/engine/default/process-instance/p1/variables/"))
        .contains(new VariableRead(Disclosure.PROCESS_INSTANCE, "p1"));
    assertThat(WEBAPP.recognise("GET", "/process-instance/p1/variables")).isEmpty();
    assertThat(WEBAPP.servesPath("/engine/default/task")).isTrue();
    assertThat(WEBAPP.servesPath("/task")).isFalse();
  }
}
