package org.collectivehealing.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstancesInResponseTest {

  @Test
  void takesEachRowsOwnInstanceIdAndNothingFromInsideValues() throws IOException {
    String rows = "[{\"name\":\"a\",\"processInstanceId\":\"p1\"},"
        + "{\"name\":\"b\",\"processInstanceId\":null,\"value\":{\"processInstanceId\":\"planted\"}},"
        + "{\"name\":\"c\",\"processInstanceId\":\"p2\",\"value\":\"{\\\"processInstanceId\\\":\\\"x\\\"}\"},"
        + "{\"name\":\"d\",\"processInstanceId\":\"p1\"}]";
    assertThat(InstancesInResponse.of(bytes(rows), Disclosure.ROWS)).containsExactly("p1", "p2");
  }

  @Test
  void aTaskListCountsOnlyRowsThatCarryVariables() throws IOException {
    String tasks = "[{\"id\":\"t1\",\"processInstanceId\":\"p1\"},"
        + "{\"id\":\"t2\",\"processInstanceId\":\"p2\",\"variables\":{}}]";
    assertThat(InstancesInResponse.of(bytes(tasks), Disclosure.ROWS_WITH_VARIABLES)).containsExactly("p2");
  }

  @Test
  void aHalTaskListAsTasklistAsksForItCountsTheEmbeddedRowsThatCarryVariables() throws IOException {
    String hal = "{\"_links\":{},\"_embedded\":{\"assignee\":[],\"task\":["
        + "{\"id\":\"t1\",\"processInstanceId\":\"p1\",\"_embedded\":{\"identityLink\":[]}},"
        + "{\"id\":\"t2\",\"processInstanceId\":\"p2\",\"_embedded\":{\"variable\":[{\"name\":\"x\"}]}}]},"
        + "\"count\":2}";
    assertThat(InstancesInResponse.of(bytes(hal), Disclosure.ROWS_WITH_VARIABLES)).containsExactly("p2");
    assertThat(InstancesInResponse.of(bytes(hal), Disclosure.ROWS)).containsExactly("p1", "p2");
  }

  @Test
  void aBodyThatIsNoListOfRowsIsAnError() {
    assertThatThrownBy(() -> InstancesInResponse.of(bytes("3"), Disclosure.ROWS)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> InstancesInResponse.of(bytes("not json"), Disclosure.ROWS))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aRowThatCarriesVariablesButNamesNoInstanceIsAnError() {
    assertThatThrownBy(() -> InstancesInResponse.of(bytes("[{\"id\":\"t1\",\"variables\":{}}]"),
        Disclosure.ROWS_WITH_VARIABLES)).isInstanceOf(IOException.class);
  }

  @Test
  void aStandaloneTaskBelongsToNoInstance() throws IOException {
    assertThat(InstancesInResponse.of(bytes("[{\"id\":\"t1\",\"processInstanceId\":null,\"variables\":{}}]"),
        Disclosure.ROWS_WITH_VARIABLES)).isEmpty();
  }

  @Test
  void oneRowAsAFiltersSingleResultReturnsIt() throws IOException {
    String task = "{\"id\":\"t1\",\"processInstanceId\":\"p1\",\"_embedded\":{\"variable\":[]}}";
    assertThat(InstancesInResponse.of(bytes(task), Disclosure.ROWS_WITH_VARIABLES)).containsExactly("p1");
  }

  @Test
  void messageCorrelationResultsNameTheirInstanceOrExecution() throws IOException {
    String results = "[{\"resultType\":\"Execution\",\"execution\":{\"id\":\"e1\",\"processInstanceId\":\"p1\"},"
        + "\"processInstance\":null,\"variables\":{}},"
        + "{\"resultType\":\"ProcessDefinition\",\"execution\":null,\"processInstance\":{\"id\":\"p2\"},"
        + "\"variables\":{}},"
        + "{\"resultType\":\"Execution\",\"execution\":{\"processInstanceId\":\"p3\"},\"variables\":null}]";
    assertThat(InstancesInResponse.of(bytes(results), Disclosure.CORRELATION_RESULTS)).containsExactly("p1", "p2");
  }

  @Test
  void aStartedInstanceIsReadOnlyWhenReturnedWithItsVariables() throws IOException {
    assertThat(InstancesInResponse.of(bytes("{\"id\":\"p1\",\"variables\":{\"a\":{}}}"),
        Disclosure.STARTED_INSTANCE)).containsExactly("p1");
    assertThat(InstancesInResponse.of(bytes("{\"id\":\"p1\"}"), Disclosure.STARTED_INSTANCE)).isEmpty();
  }

  @Test
  void decisionInstancesDiscloseWhenTheyCarryInputsOrOutputs() throws IOException {
    String rows = "[{\"processInstanceId\":\"p1\",\"inputs\":null,\"outputs\":null},"
        + "{\"processInstanceId\":\"p2\",\"inputs\":[]}]";
    assertThat(InstancesInResponse.of(bytes(rows), Disclosure.ROWS_WITH_VARIABLES)).containsExactly("p2");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
