package org.collectivehealing.workflow.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.collectivehealing.workflow.identity.Grants;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.startup.StartupStep;
import org.collectivehealing.workflow.tasklist.TaskCardProperties.CardVariable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every agency a Tasklist queue ("Victim services: open") and everyone a "Claimed by me" list, both
 * sorted by due date, each showing on its cards the case variables of {@code chw.tasklist.card-variables}. A
 * filter that exists is left as a supervisor may have tuned it: only its sharing is made sure of, and card
 * variables are added when it has none (a database from before they existed). Site isolation needs no filter
 * criterion: the engine's tenant check applies to every query. Which card values a user sees is the engine's
 * decision too: Tasklist loads them through the filter, whose variable query returns only what the user may read.
 */
@Component
@Order(400)
public class CreateTaskFiltersStep implements StartupStep {

  static final String CLAIMED_BY_ME = "Claimed by me";
  static final String ALL_OVERDUE = "All agencies: overdue";
  /** The agency that watches every agency's deadlines. */
  static final String OVERSIGHT = "command";
  /** The filter property Tasklist reads its card variables from. */
  static final String VARIABLES = "variables";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityProperties identity;
  private final TaskCardProperties cards;

  public CreateTaskFiltersStep(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, IdentityProperties identity, TaskCardProperties cards) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identity = identity;
    this.cards = cards;
  }

  @Override
  public void run() {
    int priority = 0;
    for (Map.Entry<String, String> agency : identity.agencies().entrySet()) {
      TaskQuery queue = taskService.createTaskQuery().taskCandidateGroup(agency.getKey()).includeAssignedTasks()
          .orderByDueDate().asc();
      List<CardVariable> card = cards.of(agency.getKey());
      share(ensureFilter(agency.getValue() + ": open", queue, priority++,
          "Open tasks of " + agency.getValue() + ", earliest due first", card), List.of(agency.getKey()));
      // evaluated when the list is shown, so "within 24 h" always counts from now
      TaskQuery dueSoon = taskService.createTaskQuery().taskCandidateGroup(agency.getKey()).includeAssignedTasks()
          .dueBeforeExpression("${dateTime().plusHours(24)}").orderByDueDate().asc();
      share(ensureFilter(agency.getValue() + ": due within 24 h or overdue", dueSoon, priority++,
          "Tasks of " + agency.getValue() + " due within a day or already late", card), List.of(agency.getKey()));
    }
    // every agency's late work, for the supervisors who chase it; tenant checks keep it to their site
    TaskQuery overdue = taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc();
    share(ensureFilter(ALL_OVERDUE, overdue, priority, "Every agency's tasks past their due date",
        cards.of(OVERSIGHT)), List.of(OVERSIGHT));
    TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .orderByDueDate().asc();
    // shared by every agency, so it asks for every agency's card variables; each user gets those they may read
    List<CardVariable> everyAgencys = identity.agencies().keySet().stream().flatMap(agency -> cards.of(agency).stream())
        .distinct().toList();
    share(ensureFilter(CLAIMED_BY_ME, mine, -1, "Tasks you have claimed, earliest due first", everyAgencys),
        List.copyOf(identity.agencies().keySet()));
  }

  private String ensureFilter(String name, TaskQuery query, int priority, String description,
      List<CardVariable> card) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      updateCardVariables(existing, card);
      return existing.getId();
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put(VARIABLES, asProperty(card));
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    return filterService.saveFilter(filter).getId();
  }

  /**
   * Card variables a supervisor chose (or cleared to an empty list on purpose) stay as they are; a filter gets
   * them when it has none, and when it still has what this application gave it before an agency's cards moved
   * to copies on the task (the case variables, which that agency cannot read).
   */
  private void updateCardVariables(Filter filter, List<CardVariable> card) {
    Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(filter.getProperties());
    Object current = properties.get(VARIABLES);
    List<Map<String, Object>> wanted = asProperty(card);
    List<Map<String, Object>> before = asProperty(card.stream().map(CardVariable::original).toList());
    boolean untouchedSinceCopies = !before.equals(wanted) && before.equals(current);
    if (card.isEmpty() || (current != null && !untouchedSinceCopies)) {
      return;
    }
    properties.put(VARIABLES, wanted);
    filterService.saveFilter(filter.setProperties(properties));
  }

  private static List<Map<String, Object>> asProperty(List<CardVariable> card) {
    return card.stream().map(CardVariable::asFilterProperty).toList();
  }

  private void share(String filterId, List<String> groups) {
    groups.forEach(group -> Grants.grant(authorizationService, group, Resources.FILTER, filterId,
        List.of(Permissions.READ)));
  }
}
