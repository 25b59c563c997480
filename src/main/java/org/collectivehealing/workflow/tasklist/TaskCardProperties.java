package org.collectivehealing.workflow.tasklist;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each agency's Tasklist cards show of a task's case; see {@code chw.tasklist} in application.yaml.
 *
 * @param cardVariables agency (group id) to the variables its queues show on every task card, in order
 */
@ConfigurationProperties("chw.tasklist")
public record TaskCardProperties(Map<String, List<CardVariable>> cardVariables) {

  public TaskCardProperties {
    cardVariables = cardVariables == null ? Map.of() : cardVariables;
  }

  /** The card variables of one agency; none when it has no entry. */
  public List<CardVariable> of(String agency) {
    return cardVariables.getOrDefault(agency, List.of());
  }

  /** @param name the process variable; @param label what the card calls it */
  public record CardVariable(String name, String label) {

    /** As Tasklist reads it from a filter's {@code variables} property. */
    Map<String, Object> asFilterProperty() {
      return Map.of("name", name, "label", label);
    }
  }
}
