package org.collectivehealing.workflow.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collectivehealing.workflow.deadlines.DeadlineOutcome;
import org.collectivehealing.workflow.reporting.ReportingProperties.TimedStep;
import org.springframework.stereotype.Component;

/**
 * The site's own measures for the quarter, from the engine's history: for each timed step (notification, first
 * advocate contact, rights notice; chw.reporting.timed-steps) how many were done, how many deadlines were met
 * (counted when met) and missed (counted when they fell due), and the median hours from the incident's report to
 * the step; and the referrals made to partners and accepted. Deadlines count as on the command board.
 */
@Component
class LocalMeasures {

  private static final String SECTION = "local";
  private static final int CHUNK = 500;

  private final HistoryService history;
  private final ReportingProperties properties;

  LocalMeasures(HistoryService history, ReportingProperties properties) {
    this.history = history;
    this.properties = properties;
  }

  List<ReportRow> rows(String site, FiscalQuarter quarter, SmallCounts counts) {
    Instant from = quarter.start().atStartOfDay(ZoneId.systemDefault()).toInstant();
    Instant to = quarter.end().atStartOfDay(ZoneId.systemDefault()).toInstant();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ReportRow> rows = new ArrayList<>();
    properties.timedSteps().forEach((name, step) -> rows.addAll(timed(site, name, step, from, to, now, counts)));
    rows.addAll(referrals(site, from, to, counts));
    return rows;
  }

  private List<ReportRow> timed(String site, String name, TimedStep step, Instant from, Instant to, Instant now,
      SmallCounts counts) {
    // what the quarter counts: steps ended in it (done, met) and deadlines falling in it (missed)
    Map<String, HistoricTaskInstance> byId = new HashMap<>();
    Date after = Date.from(from.minusMillis(1));
    Date before = Date.from(to);
    stepQuery(site, step).finishedAfter(after).finishedBefore(before).list()
        .forEach(task -> byId.put(task.getId(), task));
    stepQuery(site, step).taskDueAfter(after).taskDueBefore(before).list()
        .forEach(task -> byId.put(task.getId(), task));
    List<HistoricTaskInstance> tasks = List.copyOf(byId.values());
    List<HistoricTaskInstance> done = tasks.stream().filter(task -> "completed".equals(task.getDeleteReason())
        && within(task.getEndTime(), from, to)).toList();
    long met = 0;
    long missed = 0;
    for (HistoricTaskInstance task : tasks) {
      DeadlineOutcome outcome = DeadlineOutcome.of(task, now.isBefore(to) ? now : to, from).orElse(null);
      if (outcome == DeadlineOutcome.MET && within(task.getEndTime(), from, to)) {
        met++;
      } else if (outcome == DeadlineOutcome.MISSED && within(task.getDueDate(), from, to)) {
        missed++;
      }
    }
    Map<String, Instant> reported = reportedAt(done);
    List<Long> minutes = done.stream().filter(task -> reported.containsKey(task.getRootProcessInstanceId()))
        .map(task -> Duration.between(reported.get(task.getRootProcessInstanceId()), task.getEndTime().toInstant())
            .toMinutes())
        .sorted().toList();
    String label = step.label();
    return List.of(counts.count(SECTION, name + "-done", label + ": done", "steps", done.size()),
        counts.count(SECTION, name + "-deadline-met", label + ": deadline met", "steps", met),
        counts.count(SECTION, name + "-deadline-missed", label + ": deadline missed", "steps", missed),
        counts.median(SECTION, name + "-hours-from-report-median", label + ": median hours from the incident's report",
            "hours", DeadlineOutcome.medianHours(minutes), minutes.size()));
  }

  private HistoricTaskInstanceQuery stepQuery(String site, TimedStep step) {
    return history.createHistoricTaskInstanceQuery().tenantIdIn(site).processDefinitionKey(step.process())
        .taskDefinitionKey(step.step());
  }

  private List<ReportRow> referrals(String site, Instant from, Instant to, SmallCounts counts) {
    List<String> made = history.createHistoricProcessInstanceQuery().tenantIdIn(site)
        .processDefinitionKey(properties.referrals().process())
        .startedAfter(Date.from(from.minusMillis(1))).startedBefore(Date.from(to)).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    long accepted = 0;
    for (int i = 0; i < made.size(); i += CHUNK) {
      List<String> chunk = made.subList(i, Math.min(made.size(), i + CHUNK));
      accepted += history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
          .variableName(properties.referrals().decision()).list().stream()
          .map(HistoricVariableInstance::getValue).filter(properties.referrals().accepted()::equals).count();
    }
    return List.of(counts.count(SECTION, "referrals-made", "Referrals made to community partners", "referrals",
            made.size()),
        counts.count(SECTION, "referrals-accepted", "Referrals accepted by the partner", "referrals", accepted));
  }

  /** When each task's incident (its root instance) was reported. */
  private Map<String, Instant> reportedAt(List<HistoricTaskInstance> tasks) {
    Set<String> roots = new HashSet<>();
    tasks.forEach(task -> roots.add(task.getRootProcessInstanceId()));
    Map<String, Instant> reported = new HashMap<>();
    List<String> ids = new ArrayList<>(roots);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(ids.subList(i,
          Math.min(ids.size(), i + CHUNK)))).list()
          .forEach(root -> reported.put(root.getId(), root.getStartTime().toInstant()));
    }
    return reported;
  }

  private static boolean within(Date time, Instant from, Instant to) {
    return time != null && !time.toInstant().isBefore(from) && time.toInstant().isBefore(to);
  }
}
