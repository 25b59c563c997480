package org.collectivehealing.workflow.board;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * One incident's milestones on every track, in one view: the incident itself and every case it opened (victims,
 * referrals, rights notices, the listening session, each officer's wellness case), each with its steps, when
 * they were due and done, and by whom. Read from history as the caller, so only their own site's incident is
 * found; steps are named as the model names them and cases by their number.
 */
@Component
class IncidentTimeline {

  record Timeline(String caseNumber, String reportedAt, String endedAt, List<Track> tracks) {
  }

  record Track(String caseNumber, String process, String startedAt, String endedAt, List<Milestone> milestones) {
  }

  /** @param outcome on time, late (done after the due date), overdue (open and late), open, or cancelled */
  record Milestone(String step, String agency, String startedAt, String endedAt, String due, String outcome,
      String holder) {
  }

  /** Asked for an incident the caller's site does not have (or that does not exist: the same answer). */
  static class UnknownIncidentException extends RuntimeException {
    UnknownIncidentException(String caseNumber) {
      super("No incident with case number " + caseNumber + " at your site");
    }
  }

  private final BoardProperties board;
  private final IdentityProperties identity;
  private final StepCatalog steps;
  private final StaffNames staff;

  IncidentTimeline(BoardProperties board, IdentityProperties identity, StepCatalog steps, StaffNames staff) {
    this.board = board;
    this.identity = identity;
    this.steps = steps;
    this.staff = staff;
  }

  Timeline timeline(ProcessEngine engine, String caseNumber) {
    List<HistoricProcessInstance> found = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(board.incidentProcess()).processInstanceBusinessKey(caseNumber).list();
    if (found.size() != 1) {
      throw new UnknownIncidentException(caseNumber);
    }
    HistoricProcessInstance incident = found.get(0);
    List<HistoricProcessInstance> cases = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(incident.getId()).orderByProcessInstanceStartTime().asc().list();
    Map<String, List<HistoricTaskInstance>> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(incident.getId()).orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
    Map<String, String> names = staff.of(engine, tasks.values().stream().flatMap(List::stream)
        .map(HistoricTaskInstance::getAssignee).toList());
    Instant now = ClockUtil.getCurrentTime().toInstant();

    List<Track> tracks = cases.stream()
        .sorted(Comparator.comparing((HistoricProcessInstance c) -> !c.getId().equals(incident.getId()))
            .thenComparing(HistoricProcessInstance::getStartTime))
        .map(track -> new Track(track.getBusinessKey(), steps.processName(engine, track.getProcessDefinitionId()),
            iso(track.getStartTime()), iso(track.getEndTime()),
            tasks.getOrDefault(track.getId(), List.of()).stream().map(task -> milestone(engine, task, names, now))
                .toList()))
        .toList();
    return new Timeline(caseNumber, iso(incident.getStartTime()), iso(incident.getEndTime()), tracks);
  }

  private Milestone milestone(ProcessEngine engine, HistoricTaskInstance task, Map<String, String> names,
      Instant now) {
    StepCatalog.Step step = steps.step(engine, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    String group = steps.agencyOf(engine, task);
    String agency = identity.agencies().getOrDefault(group, group);
    return new Milestone(step.name(), agency, iso(task.getStartTime()), iso(task.getEndTime()),
        iso(task.getDueDate()), outcome(task, now), task.getAssignee() == null ? null : names.get(task.getAssignee()));
  }

  private static String outcome(HistoricTaskInstance task, Instant now) {
    Date due = task.getDueDate();
    if (task.getEndTime() == null) {
      return due != null && due.toInstant().isBefore(now) ? "overdue" : "open";
    }
    if (!"completed".equals(task.getDeleteReason())) {
      return "cancelled";
    }
    return due != null && task.getEndTime().after(due) ? "late" : "on time";
  }

  private static String iso(Date date) {
    return date == null ? null : date.toInstant().toString();
  }
}
