package org.collectivehealing.workflow.board;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the command board shows; see {@code chw.board} in application.yaml.
 *
 * @param incidentProcess the process whose open instances are the incidents
 * @param incidentVariables the incident's variables the board reads: its type, activation level and time
 * @param phases the response phases by time since the incident, in order; the last one has no end
 * @param measures the deadlines command follows week by week, each one step of one process
 * @param weeks how many weeks of deadlines the board looks back
 * @param dueSoon how far ahead a deadline counts as close
 */
@ConfigurationProperties("chw.board")
public record BoardProperties(String incidentProcess, IncidentVariables incidentVariables, List<Phase> phases,
    List<Measure> measures, int weeks, Duration dueSoon) {

  public record IncidentVariables(String type, String activationLevel, String occurredAt) {
  }

  /** @param until the time since the incident when the phase ends; none for the last phase */
  public record Phase(String name, Duration until) {
  }

  /** @param step the user task's id in the model */
  public record Measure(String label, String process, String step) {
  }
}
