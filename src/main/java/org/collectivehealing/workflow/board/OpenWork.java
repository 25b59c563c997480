package org.collectivehealing.workflow.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * The board's first view: every open incident with its level, phase and age, and every agency's open work with
 * who holds it. Everything is read through the engine as the caller, so the tenant check keeps it to their site
 * and their permissions decide what exists for them. Only the incident's type, level and time are read of any
 * case's variables; tasks are shown by their model step and case number.
 */
@Component
class OpenWork {

  /** How many overdue tasks the board lists one by one; the counts include them all. */
  static final int OVERDUE_LISTED = 50;

  record Overview(String generatedAt, List<OpenIncident> incidents, List<AgencyLoad> agencies,
      List<LateTask> overdue) {
  }

  record OpenIncident(String caseNumber, String type, Integer activationLevel, String phase, String occurredAt,
      String reportedAt, long ageHours, long openTasks, long overdueTasks, long dueSoonTasks) {
  }

  record AgencyLoad(String agency, String name, long open, long overdue, long dueSoon, List<Holder> holders) {
  }

  /** @param name the holder's full name, or none for tasks nobody has claimed */
  record Holder(String name, boolean unclaimed, long open, long overdue, long dueSoon) {
  }

  record LateTask(String step, String caseNumber, String agency, String due, String holder) {
  }

  private final BoardProperties board;
  private final IdentityProperties identity;
  private final StepCatalog steps;
  private final StaffNames staff;

  OpenWork(BoardProperties board, IdentityProperties identity, StepCatalog steps, StaffNames staff) {
    this.board = board;
    this.identity = identity;
    this.steps = steps;
    this.staff = staff;
  }

  Overview overview(ProcessEngine engine) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Clock clock = new Clock(now, now.plus(board.dueSoon()));
    Map<String, ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));

    Map<String, Task> allTasks = new LinkedHashMap<>();
    Map<String, List<Task>> byAgency = new LinkedHashMap<>();
    identity.agencies().keySet().forEach(agency -> {
      List<Task> tasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(agency)
          .includeAssignedTasks().orderByDueDate().asc().list();
      byAgency.put(agency, tasks);
      tasks.forEach(task -> allTasks.putIfAbsent(task.getId(), task));
    });
    Map<String, String> names = staff.of(engine, allTasks.values().stream().map(Task::getAssignee).toList());

    List<AgencyLoad> agencies = byAgency.entrySet().stream()
        .map(agency -> load(agency.getKey(), agency.getValue(), names, clock)).toList();
    List<LateTask> overdue = new ArrayList<>();
    byAgency.forEach((agency, tasks) -> tasks.stream().filter(clock::overdue).forEach(task -> overdue.add(
        new LateTask(steps.step(engine, task.getProcessDefinitionId(), task.getTaskDefinitionKey()).name(),
            caseOf(task, running), identity.agencies().get(agency), task.getDueDate().toInstant().toString(),
            task.getAssignee() == null ? null : names.get(task.getAssignee())))));
    overdue.sort(Comparator.comparing(LateTask::due));

    return new Overview(now.toString(), incidents(engine, running, allTasks.values(), clock), agencies,
        overdue.stream().limit(OVERDUE_LISTED).toList());
  }

  private List<OpenIncident> incidents(ProcessEngine engine, Map<String, ProcessInstance> running,
      Collection<Task> tasks, Clock clock) {
    List<HistoricProcessInstance> open = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(board.incidentProcess()).unfinished().orderByProcessInstanceStartTime().desc().list();
    if (open.isEmpty()) {
      return List.of();
    }
    BoardProperties.IncidentVariables wanted = board.incidentVariables();
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(open.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(wanted.type(), wanted.activationLevel(), wanted.occurredAt()).list()) {
      if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
        variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    Map<String, List<Task>> tasksByIncident = tasks.stream().filter(task -> running.containsKey(
        task.getProcessInstanceId())).collect(Collectors.groupingBy(
            task -> running.get(task.getProcessInstanceId()).getRootProcessInstanceId()));
    return open.stream().map(incident -> {
      Map<String, Object> values = variables.getOrDefault(incident.getId(), Map.of());
      Instant reported = incident.getStartTime().toInstant();
      Instant occurred = values.get(wanted.occurredAt()) instanceof java.util.Date date ? date.toInstant()
          : reported;
      List<Task> own = tasksByIncident.getOrDefault(incident.getId(), List.of());
      return new OpenIncident(incident.getBusinessKey(), text(values.get(wanted.type())),
          values.get(wanted.activationLevel()) instanceof Number level ? level.intValue() : null,
          phase(Duration.between(occurred, clock.now())), occurred.toString(), reported.toString(),
          Math.max(0, Duration.between(occurred, clock.now()).toHours()), own.size(),
          own.stream().filter(clock::overdue).count(), own.stream().filter(clock::dueSoon).count());
    }).toList();
  }

  private AgencyLoad load(String agency, List<Task> tasks, Map<String, String> names, Clock clock) {
    Map<Optional<String>, List<Task>> byHolder = tasks.stream()
        .collect(Collectors.groupingBy(task -> Optional.ofNullable(task.getAssignee()), LinkedHashMap::new,
            Collectors.toList()));
    List<Holder> holders = byHolder.entrySet().stream()
        .map(holder -> new Holder(holder.getKey().map(names::get).orElse(null), holder.getKey().isEmpty(),
            holder.getValue().size(), holder.getValue().stream().filter(clock::overdue).count(),
            holder.getValue().stream().filter(clock::dueSoon).count()))
        .sorted(Comparator.comparing(Holder::unclaimed).reversed().thenComparing(Holder::overdue,
            Comparator.reverseOrder()).thenComparing(Holder::open, Comparator.reverseOrder()))
        .toList();
    return new AgencyLoad(agency, identity.agencies().get(agency), tasks.size(),
        tasks.stream().filter(clock::overdue).count(), tasks.stream().filter(clock::dueSoon).count(), holders);
  }

  private String phase(Duration sinceIncident) {
    return board.phases().stream()
        .filter(phase -> phase.until() == null || sinceIncident.compareTo(phase.until()) < 0).findFirst()
        .map(BoardProperties.Phase::name).orElse(null);
  }

  private static String caseOf(Task task, Map<String, ProcessInstance> running) {
    ProcessInstance instance = running.get(task.getProcessInstanceId());
    return instance == null ? null : instance.getBusinessKey();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** Overdue: past its due date; due soon: not yet late, but due within {@code chw.board.due-soon}. */
  private record Clock(Instant now, Instant soon) {

    boolean overdue(Task task) {
      return task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
    }

    boolean dueSoon(Task task) {
      return task.getDueDate() != null && !overdue(task) && task.getDueDate().toInstant().isBefore(soon);
    }
  }
}
