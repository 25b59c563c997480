package org.collectivehealing.workflow.board;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collectivehealing.workflow.deadlines.DeadlineOutcome;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines met and missed, week by week, from history: for the measures command follows (notification, first
 * advocate contact, rights notice, referral answers, action items; {@code chw.board.measures}), per agency, and
 * per agency and step. A deadline is met when its task was completed by its due date, and missed when it was
 * still open, or ended any other way, after it; a met deadline counts in the week it was met, a missed one in the
 * week it fell due. Tasks without a due date have no deadline and are not counted.
 */
@Component
class DeadlineRecord {

  record Deadlines(String generatedAt, List<String> weeks, List<Series> measures, List<Series> agencies,
      List<StepTotal> steps) {
  }

  /**
   * @param medianHoursFromReport for a measure: how long after the incident was reported its steps were done,
   *     the median over the steps done in the period; none when none was
   */
  record Series(String label, String agency, List<Week> weekly, long met, long missed, Double medianHoursFromReport) {
  }

  record Week(String week, long met, long missed) {
  }

  record StepTotal(String agency, String step, long met, long missed, long stillOpenLate) {
  }

  /** One deadline whose outcome is known, in the week that counts for it. */
  private record Decided(HistoricTaskInstance task, String agency, String step, DeadlineOutcome outcome, int week,
      boolean open) {
  }

  private final BoardProperties board;
  private final IdentityProperties identity;
  private final StepCatalog steps;

  DeadlineRecord(BoardProperties board, IdentityProperties identity, StepCatalog steps) {
    this.board = board;
    this.identity = identity;
    this.steps = steps;
  }

  Deadlines deadlines(ProcessEngine engine) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate firstWeek = LocalDate.ofInstant(now, ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(board.weeks() - 1L);
    Instant from = firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<String> weeks = IntStream.range(0, board.weeks()).mapToObj(i -> firstWeek.plusWeeks(i).toString())
        .toList();

    // every deadline counted falls due, or was met before a due date, after the first week began
    List<HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDueAfter(Date.from(from)).list();
    List<Decided> decided = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      DeadlineOutcome.of(task, now, from).ifPresent(outcome -> {
        Instant counted = outcome == DeadlineOutcome.MET ? task.getEndTime().toInstant()
            : task.getDueDate().toInstant();
        int week = (int) (Duration.between(from, counted).toDays() / 7);
        if (week >= 0 && week < board.weeks()) {
          StepCatalog.Step step = steps.step(engine, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
          decided.add(new Decided(task, steps.agencyOf(engine, task), step.name(), outcome, week,
              task.getEndTime() == null));
        }
      });
    }

    List<Series> measures = measures(engine, decided, weeks);
    Map<String, List<Decided>> byAgency = decided.stream().collect(Collectors.groupingBy(Decided::agency));
    List<Series> agencies = identity.agencies().keySet().stream()
        .map(agency -> series(identity.agencies().get(agency), agency, byAgency.getOrDefault(agency, List.of()),
            null, weeks))
        .toList();
    List<StepTotal> stepTotals = decided.stream()
        .collect(Collectors.groupingBy(d -> List.of(d.agency(), d.step()), LinkedHashMap::new, Collectors.toList()))
        .entrySet().stream()
        .map(entry -> new StepTotal(identity.agencies().getOrDefault(entry.getKey().get(0), entry.getKey().get(0)),
            entry.getKey().get(1), count(entry.getValue(), DeadlineOutcome.MET),
            count(entry.getValue(), DeadlineOutcome.MISSED),
            entry.getValue().stream().filter(Decided::open).count()))
        .sorted(Comparator.comparing(StepTotal::missed).reversed().thenComparing(StepTotal::agency)
            .thenComparing(StepTotal::step))
        .toList();
    return new Deadlines(now.toString(), weeks, measures, agencies, stepTotals);
  }

  private List<Series> measures(ProcessEngine engine, List<Decided> decided, List<String> weeks) {
    Set<String> roots = decided.stream().map(d -> d.task().getRootProcessInstanceId()).collect(Collectors.toSet());
    Map<String, Instant> reported = new HashMap<>();
    if (!roots.isEmpty()) {
      for (HistoricProcessInstance root : engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceIds(roots).list()) {
        reported.put(root.getId(), root.getStartTime().toInstant());
      }
    }
    return board.measures().stream().map(measure -> {
      List<Decided> own = decided.stream().filter(d -> measure.process().equals(d.task().getProcessDefinitionKey())
          && measure.step().equals(d.task().getTaskDefinitionKey())).toList();
      String agency = own.stream().map(Decided::agency).findFirst().orElse(null);
      List<Long> minutes = own.stream().filter(d -> d.task().getEndTime() != null
          && reported.containsKey(d.task().getRootProcessInstanceId()))
          .map(d -> Duration.between(reported.get(d.task().getRootProcessInstanceId()),
              d.task().getEndTime().toInstant()).toMinutes())
          .sorted().toList();
      return series(measure.label(), agency, own, DeadlineOutcome.medianHours(minutes), weeks);
    }).toList();
  }

  private Series series(String label, String agency, List<Decided> decided, Double medianHours,
      List<String> weeks) {
    List<Week> weekly = IntStream.range(0, weeks.size()).mapToObj(week -> {
      List<Decided> inWeek = decided.stream().filter(d -> d.week() == week).toList();
      return new Week(weeks.get(week), count(inWeek, DeadlineOutcome.MET), count(inWeek, DeadlineOutcome.MISSED));
    }).toList();
    return new Series(label, agency == null ? null : identity.agencies().getOrDefault(agency, agency), weekly,
        count(decided, DeadlineOutcome.MET), count(decided, DeadlineOutcome.MISSED), medianHours);
  }

  private static long count(List<Decided> decided, DeadlineOutcome outcome) {
    return decided.stream().filter(d -> d.outcome() == outcome).count();
  }
}
