package org.collectivehealing.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.tasklist.TaskCardProperties.CardVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queues' card variables, on a fresh database and on one whose queues were created before they existed. */
class CreateTaskFiltersStepTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-test-engine.cfg.xml").build();

  static final IdentityProperties IDENTITY = new IdentityProperties(Map.of(),
      new LinkedHashMap<>(Map.of("victim-services", "Victim services", "command", "Command", "police", "Police")),
      "camunda-admin", null);
  static final TaskCardProperties CARDS = new TaskCardProperties(Map.of(
      "victim-services", List.of(new CardVariable("contactLastName", "Last name")),
      "command", List.of(new CardVariable("incidentType", "Incident")),
      "police", List.of(new CardVariable("contactLastName", "Contact last name"))), Set.of("police"));

  ProcessEngine processEngine;

  @AfterEach
  void removeFilters() {
    processEngine.getFilterService().createFilterQuery().list()
        .forEach(filter -> processEngine.getFilterService().deleteFilter(filter.getId()));
  }

  @Test
  void eachAgencysQueuesShowItsCardVariablesAndClaimedByMeEveryAgencys() {
    run();

    assertThat(variablesOf("Victim services: open")).containsExactly(Map.of("name", "contactLastName", "label",
        "Last name"));
    assertThat(variablesOf("Victim services: due within 24 h or overdue")).hasSize(1);
    assertThat(variablesOf("Command: open")).containsExactly(Map.of("name", "incidentType", "label", "Incident"));
    assertThat(variablesOf(CreateTaskFiltersStep.ALL_OVERDUE)).containsExactly(Map.of("name", "incidentType",
        "label", "Incident"));
    assertThat(variablesOf("Police: open")).as("police read their tasks' copies, not the case")
        .containsExactly(Map.of("name", "card_contactLastName", "label", "Contact last name"));
    assertThat(variablesOf(CreateTaskFiltersStep.CLAIMED_BY_ME)).hasSize(3);
  }

  @Test
  void aQueueStillShowingTheCaseVariablesItWasGivenMovesToTheCopiesAndATunedOneStays() {
    var filters = processEngine.getFilterService();
    var tasks = processEngine.getTaskService();
    filters.saveFilter(filters.newTaskFilter("Police: open").setQuery(tasks.createTaskQuery()).setProperties(
        new LinkedHashMap<>(Map.of("variables", List.of(Map.of("name", "contactLastName", "label",
            "Contact last name"))))));
    List<Map<String, String>> tuned = List.of(Map.of("name", "contactLastName", "label", "Surname"));
    filters.saveFilter(filters.newTaskFilter("Police: due within 24 h or overdue").setQuery(tasks.createTaskQuery())
        .setProperties(new LinkedHashMap<>(Map.of("variables", tuned))));

    run();

    assertThat(variablesOf("Police: open")).containsExactly(Map.of("name", "card_contactLastName", "label",
        "Contact last name"));
    assertThat(variablesOf("Police: due within 24 h or overdue")).as("a supervisor's choice")
        .containsExactlyElementsOf(tuned);
  }

  @Test
  void anExistingQueueGetsCardVariablesOnlyWhenItHasNone() {
    var filters = processEngine.getFilterService();
    var tasks = processEngine.getTaskService();
    filters.saveFilter(filters.newTaskFilter("Victim services: open").setQuery(tasks.createTaskQuery())
        .setProperties(new LinkedHashMap<>(Map.of("priority", 0, "description", "as it was"))));
    filters.saveFilter(filters.newTaskFilter("Command: open").setQuery(tasks.createTaskQuery())
        .setProperties(new LinkedHashMap<>(Map.of("variables", List.of()))));

    run();

    Filter upgraded = filter("Victim services: open");
    assertThat(variablesOf("Victim services: open")).containsExactly(Map.of("name", "contactLastName", "label",
        "Last name"));
    assertThat(upgraded.getProperties()).as("a supervisor's other settings stay").containsEntry("description",
        "as it was");
    assertThat(variablesOf("Command: open")).as("cleared on purpose").isEmpty();
  }

  private void run() {
    new CreateTaskFiltersStep(processEngine.getFilterService(), processEngine.getTaskService(),
        processEngine.getAuthorizationService(), IDENTITY, CARDS).run();
  }

  private Filter filter(String name) {
    return processEngine.getFilterService().createFilterQuery().filterName(name).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Object> variablesOf(String name) {
    return (List<Object>) filter(name).getProperties().get(CreateTaskFiltersStep.VARIABLES);
  }
}
