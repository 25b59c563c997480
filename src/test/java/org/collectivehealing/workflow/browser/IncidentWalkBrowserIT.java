package org.collectivehealing.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.scenario.FormFiller;
import org.collectivehealing.workflow.scenario.HoustonShooting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Houston shooting ({@link HoustonShooting}) worked in Tasklist in a real Chromium: the commander reports
 * it through the start form, and the first task of every kind, on every track, is opened from its agency's
 * queue, claimed, filled and completed in the browser by a user of that agency (repeats of a kind go through
 * the engine API, to keep the walk short). Then every form the incident did not need is opened too, on a case
 * copied from the walk, and each site's users are shown to see only their own site's tasks. Every form is
 * saved as target/screenshots/form-*.png.
 *
 * <p>The job executor is off, as in the engine-side scenario: the script runs due jobs and moves the clock
 * itself, so that the walk is the same every time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:walk;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentWalkBrowserIT {

  /** What the message that opens a step brings with it, for steps the walk never reaches. */
  private static final Map<String, Map<String, Object>> TRIGGERS = Map.of("UserTask_UpdateFamily",
      Map.of("caseEventType", "Arrest", "caseEventDate", "2026-06-20", "caseEventSummary",
          "A suspect was arrested and will be charged"));

  /** Forms opened so far, by form id: the second test opens the ones the walk did not reach. */
  private static final Set<String> OPENED_FORMS = new HashSet<>();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  HistoryService historyService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityProperties identity;

  /** One logged-in browser per user, opened when the user first has work. */
  private final Map<String, Tasklist> tasklists = new LinkedHashMap<>();
  private final Set<String> kindsWalked = new HashSet<>();
  private final Set<String> diagramsShown = new HashSet<>();
  private final Map<String, String> formFiles = formFiles();
  private HoustonShooting scenario;

  @AfterEach
  void closeBrowsers() {
    tasklists.values().forEach(tasklist -> tasklist.browser.close());
    tasklists.clear();
    ClockUtil.reset();
  }

  @AfterAll
  static void forget() {
    OPENED_FORMS.clear();
  }

  @Test
  @Order(1)
  void oneIncidentFromTheStartFormThroughEveryTrackInTheBrowser() {
    ClockUtil.setCurrentTime(Date.from(HoustonShooting.reportedAt()));
    scenario = new HoustonShooting(engine);

    String incidentId = reportInTheBrowser();
    scenario.runToEnd(incidentId, this::completeFirstOfEachKindInTheBrowser);

    scenario.assertOutcome(incidentId);
    assertThat(diagramsShown).containsExactlyInAnyOrderElementsOf(identity.agencies().keySet());
    assertThat(kindsWalked).as("kinds of task completed in the browser").hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  @Order(2)
  void everyFormOpensInTasklistAndEachSiteSeesOnlyItsOwnTasks() {
    assertThat(OPENED_FORMS).as("runs after the walk, whose cases it copies").isNotEmpty();
    scenario = new HoustonShooting(engine);

    // a case at the step of every form not opened yet, and at one step of each agency
    List<UserTask> steps = new ArrayList<>();
    Set<String> formsToOpen = new HashSet<>();
    Set<String> groupsWithWork = new HashSet<>();
    userTasksWithForms().forEach((processKey, tasks) -> tasks.forEach(task -> {
      String group = task.getCamundaCandidateGroups();
      boolean routedToOneAgency = identity.agencies().containsKey(group);
      boolean formUnopened = !OPENED_FORMS.contains(task.getCamundaFormRef()) && formsToOpen.add(task.getCamundaFormRef());
      if (formUnopened || routedToOneAgency && !groupsWithWork.contains(group)) {
        steps.add(task);
        if (routedToOneAgency) {
          groupsWithWork.add(group);
        }
      }
    }));
    List<ProcessInstance> copies = steps.stream().map(this::copyOfAWalkedCaseAt).toList();

    for (ProcessInstance copy : copies) {
      Task task = taskService.createTaskQuery().processInstanceId(copy.getId()).singleResult();
      String group = scenario.agencyOf(task);
      Tasklist tasklist = tasklistOf(HoustonShooting.ROLE.get(group) + "-houston");
      screenshotOnFailure(tasklist, task, () -> {
        openAndFill(tasklist, task, group, false);
        assertThat(tasklist.canComplete()).as(task.getName() + ": filled in, it may be completed").isTrue();
      });
    }
    assertThat(OPENED_FORMS).as("every form in forms/ has been opened in Tasklist")
        .containsExactlyInAnyOrderElementsOf(formFiles.keySet());

    // every agency has Houston work now; the same agency at another site sees none of it
    assertThat(groupsWithWork).containsExactlyInAnyOrderElementsOf(identity.agencies().keySet());
    for (String group : identity.agencies().keySet()) {
      String queue = identity.agencies().get(group) + ": open";
      assertThat(tasklistOf(HoustonShooting.ROLE.get(group) + "-houston").tasksIn(queue)).as(queue + " in Houston")
          .isNotEmpty().allMatch(name -> name.contains("HOU-"));
      Tasklist oakland = tasklistOf(HoustonShooting.ROLE.get(group) + "-oakland");
      assertThat(oakland.tasksIn(queue)).as(queue + " in Oakland").isEmpty();
      oakland.browser.screenshot("queue-oakland-" + group);
    }
    copies.forEach(copy -> runtimeService.deleteProcessInstance(copy.getId(), "browser test done"));
  }

  private String reportInTheBrowser() {
    Tasklist commander = tasklistOf("commander-houston");
    CamundaForm form = commander.startProcess("Incident response");
    JsonNode formJson = formOf(repositoryService.createProcessDefinitionQuery().processDefinitionKey(
        "incident-response").latestVersion().singleResult());
    opened(commander, formJson);
    Map<String, Object> report = HoustonShooting.report();
    for (JsonNode field : FormFiller.fields(formJson)) {
      if (report.containsKey(field.path("key").asText())) {
        assertThat(form.enter(field, report.get(field.path("key").asText()))).isTrue();
      }
    }
    commander.submitStart();
    commander.browser.wait.withMessage("the incident to start").until(driver -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey("incident-response").count() == 1);
    ProcessInstance incident = runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-response")
        .singleResult();
    Map<String, Object> reported = runtimeService.getVariables(incident.getId());
    assertThat(reported).containsAllEntriesOf(Map.of("incidentType", "officer-involved-shooting", "place",
        "Telephone Road and Bellfort", "communityTension", "high", "mediaInterest", "national"));
    // numbers arrive as whatever integer type the browser's JSON gives
    assertThat(reported.get("fatalities")).asString().isEqualTo("1");
    assertThat(reported.get("injured")).asString().isEqualTo("2");
    return incident.getId();
  }

  /** The first task of each kind in the browser; the rest through the engine API, with the same answers. */
  private void completeFirstOfEachKindInTheBrowser(Task task, String user, String group) {
    String kind = task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey();
    if (!kindsWalked.add(kind)) {
      scenario.completeThroughApi(task, user, group);
      return;
    }
    Tasklist tasklist = tasklistOf(user);
    screenshotOnFailure(tasklist, task, () -> {
      openAndFill(tasklist, task, group, diagramsShown.add(group));
      tasklist.complete();
      tasklist.browser.wait.withMessage(() -> task.getName() + " to be completed; Tasklist says "
          + tasklist.notifications()).until(driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    });
  }

  /** What the browser showed when a step failed, saved as target/screenshots/failed-{task}.png. */
  private static void screenshotOnFailure(Tasklist tasklist, Task task, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | AssertionError e) {
      tasklist.browser.screenshot("failed-" + task.getTaskDefinitionKey());
      throw e;
    }
  }

  /**
   * Opens the task from its agency's queue, claims it, and fills its form with the scenario's answers. Where
   * the form waits for required answers, Tasklist must refuse to complete it until they are given. The first
   * time a form is seen it is saved as a screenshot, and the first time an agency has work, its Diagram tab.
   */
  private void openAndFill(Tasklist tasklist, Task task, String group, boolean showDiagram) {
    tasklist.openFromQueue(identity.agencies().get(group) + ": open", task.getName());
    if (showDiagram) {
      // the Diagram tab: the agency sees where its task sits in the process
      tasklist.showDiagram(task.getTaskDefinitionKey());
      tasklist.browser.screenshot("diagram-" + group);
      tasklist.showForm();
    }
    tasklist.claim();
    CamundaForm form = CamundaForm.rendered(tasklist.browser);
    JsonNode formJson = FormFiller.parse(formService.getDeployedTaskForm(task.getId()));
    opened(tasklist, formJson);

    Map<String, Object> existing = taskService.getVariables(task.getId());
    boolean waitsForAnswers = FormFiller.fields(formJson).stream().anyMatch(field -> FormFiller.required(field)
        && !field.has("conditional") && existing.get(field.path("key").asText()) == null);
    if (waitsForAnswers) {
      tasklist.completeExpectingErrors(form);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
          .as(task.getName() + ": with required fields empty it is not completed").isEqualTo(1);
      assertThat(tasklist.canComplete()).as(task.getName() + ": Complete is off while the form shows errors")
          .isFalse();
    }
    Map<String, Object> answers = scenario.answers().answersFor(formJson, existing,
        ClockUtil.getCurrentTime().toInstant());
    for (JsonNode field : FormFiller.fields(formJson)) {
      String key = field.path("key").asText();
      if (answers.containsKey(key)) {
        form.enter(field, answers.get(key));
      }
    }
  }

  private void opened(Tasklist tasklist, JsonNode formJson) {
    String formId = formJson.path("id").asText();
    assertThat(formFiles).as("the form in Tasklist is one of forms/").containsKey(formId);
    if (OPENED_FORMS.add(formId)) {
      tasklist.browser.screenshot("form-" + formFiles.get(formId));
    }
  }

  private Tasklist tasklistOf(String user) {
    return tasklists.computeIfAbsent(user, name -> {
      Tasklist tasklist = new Tasklist(new BrowserSession(), port);
      tasklist.logIn(name);
      return tasklist;
    });
  }

  /**
   * A new case standing at the given step, with the variables a walked case of the same process ended with,
   * so the step's form shows what a caseworker would find there.
   */
  private ProcessInstance copyOfAWalkedCaseAt(UserTask step) {
    ModelElementInstance scope = step;
    while (!(scope instanceof Process)) {
      scope = scope.getParentElement();
    }
    String processKey = ((Process) scope).getId();
    HistoricProcessInstance walked = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).tenantIdIn("houston").finished().listPage(0, 1).get(0);
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(walked.getId()).list()) {
      variables.put(variable.getName(), variable.getTypedValue());
    }
    variables.put("site", "houston");
    variables.putAll(TRIGGERS.getOrDefault(step.getId(), Map.of()));
    return runtimeService.createProcessInstanceByKey(processKey).businessKey(walked.getBusinessKey())
        .setVariables(variables).startBeforeActivity(step.getId()).execute();
  }

  /** Every user task with a form, per process, in the models as deployed. */
  private Map<String, List<UserTask>> userTasksWithForms() {
    Map<String, List<UserTask>> tasks = new TreeMap<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      tasks.put(definition.getKey(), repositoryService.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class).stream().filter(task -> task.getCamundaFormRef() != null).toList());
    }
    return tasks;
  }

  private JsonNode formOf(ProcessDefinition definition) {
    return FormFiller.parse(formService.getDeployedStartForm(definition.getId()));
  }

  /** Every form in forms/, by its id: its path there, as a file name ("victim-support-record-consent"). */
  private static Map<String, String> formFiles() {
    Path forms = Path.of("forms");
    try (Stream<Path> files = Files.walk(forms)) {
      Map<String, String> byId = new TreeMap<>();
      files.filter(file -> file.toString().endsWith(".form")).forEach(file -> byId.put(
          FormFiller.parse(read(file)).path("id").asText(),
          forms.relativize(file).toString().replace(".form", "").replace('/', '-')));
      return byId;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.io.InputStream read(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
