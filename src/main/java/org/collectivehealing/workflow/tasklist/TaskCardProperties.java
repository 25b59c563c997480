package org.collectivehealing.workflow.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each agency's Tasklist cards show of a task's case; see {@code chw.tasklist} in application.yaml.
 *
 * @param cardVariables agency (group id) to the variables its queues show on every task card, in order
 * @param copiedToTask agencies that may not read a case's variables, only those of the tasks they are candidates
 *     for: their tasks get copies of their card variables ({@link CardVariable#copyName()}), which their cards show
 */
@ConfigurationProperties("chw.tasklist")
public record TaskCardProperties(Map<String, List<CardVariable>> cardVariables, Set<String> copiedToTask) {

  /** Copies are named apart, so a form's submission never lands in the copy instead of the case. */
  static final String COPY_PREFIX = "card_";

  public TaskCardProperties {
    cardVariables = cardVariables == null ? Map.of() : cardVariables;
    copiedToTask = copiedToTask == null ? Set.of() : copiedToTask;
  }

  /** What one agency's cards show: its card variables, or their copies on the task; none without an entry. */
  public List<CardVariable> of(String agency) {
    List<CardVariable> card = caseVariables(agency);
    return copiedToTask.contains(agency) ? card.stream().map(CardVariable::copy).toList() : card;
  }

  /** One agency's card variables as the case holds them. */
  List<CardVariable> caseVariables(String agency) {
    return cardVariables.getOrDefault(agency, List.of());
  }

  /** The case variables a task copies for its cards, given its candidate groups. */
  List<String> copiedFor(Collection<String> candidateGroups) {
    return candidateGroups.stream().filter(copiedToTask::contains)
        .flatMap(agency -> caseVariables(agency).stream()).map(CardVariable::name).distinct().toList();
  }

  /** @param name the process variable; @param label what the card calls it */
  public record CardVariable(String name, String label) {

    /** As Tasklist reads it from a filter's {@code variables} property. */
    Map<String, Object> asFilterProperty() {
      return Map.of("name", name, "label", label);
    }

    /** The name of this variable's copy on a task. */
    String copyName() {
      return COPY_PREFIX + name;
    }

    CardVariable copy() {
      return new CardVariable(copyName(), label);
    }

    /** The case variable a copy is of; the variable itself when it is none. */
    CardVariable original() {
      return name.startsWith(COPY_PREFIX) ? new CardVariable(name.substring(COPY_PREFIX.length()), label) : this;
    }
  }
}
