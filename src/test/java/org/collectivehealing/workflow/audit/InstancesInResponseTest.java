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
    assertThat(InstancesInResponse.of(bytes(rows), false)).containsExactly("p1", "p2");
  }

  @Test
  void aTaskListCountsOnlyRowsThatCarryVariables() throws IOException {
    String tasks = "[{\"id\":\"t1\",\"processInstanceId\":\"p1\"},"
        + "{\"id\":\"t2\",\"processInstanceId\":\"p2\",\"variables\":{}}]";
    assertThat(InstancesInResponse.of(bytes(tasks), true)).containsExactly("p2");
  }

  @Test
  void aHalTaskListAsTasklistAsksForItCountsTheEmbeddedRowsThatCarryVariables() throws IOException {
    String hal = "{\"_links\":{},\"_embedded\":{\"assignee\":[],\"task\":["
        + "{\"id\":\"t1\",\"processInstanceId\":\"p1\",\"_embedded\":{\"identityLink\":[]}},"
        + "{\"id\":\"t2\",\"processInstanceId\":\"p2\",\"_embedded\":{\"variable\":[{\"name\":\"x\"}]}}]},"
        + "\"count\":2}";
    assertThat(InstancesInResponse.of(bytes(hal), true)).containsExactly("p2");
    assertThat(InstancesInResponse.of(bytes(hal), false)).containsExactly("p1", "p2");
  }

  @Test
  void aBodyThatIsNoListOfRowsIsAnError() {
    assertThatThrownBy(() -> InstancesInResponse.of(bytes("{\"count\":3}"), false)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> InstancesInResponse.of(bytes("not json"), false)).isInstanceOf(IOException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
