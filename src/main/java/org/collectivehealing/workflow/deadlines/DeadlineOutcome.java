package org.collectivehealing.workflow.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * Whether a task's deadline was met or missed, from history: met when the task was completed by its due date,
 * missed when it was still open, or ended any other way, after it. The command board and the quarterly report
 * count them alike.
 */
public enum DeadlineOutcome {
  MET, MISSED;

  /**
   * The outcome, if known by {@code now} and not met before {@code from}; none for a task without a due date,
   * one still open and not yet due, or one that ended early without being done (its case closed).
   */
  public static Optional<DeadlineOutcome> of(HistoricTaskInstance task, Instant now, Instant from) {
    if (task.getDueDate() == null) {
      return Optional.empty();
    }
    Instant due = task.getDueDate().toInstant();
    Instant end = task.getEndTime() == null ? null : task.getEndTime().toInstant();
    if (end != null && "completed".equals(task.getDeleteReason()) && !end.isAfter(due)) {
      return end.isBefore(from) ? Optional.empty() : Optional.of(MET);
    }
    if ((end == null ? now : end).isAfter(due)) {
      return Optional.of(MISSED);
    }
    return Optional.empty();
  }

  /** The median of durations in minutes, sorted, in hours to one decimal; none of none. */
  public static Double medianHours(List<Long> sortedMinutes) {
    if (sortedMinutes.isEmpty()) {
      return null;
    }
    int middle = sortedMinutes.size() / 2;
    double minutes = sortedMinutes.size() % 2 == 1 ? sortedMinutes.get(middle)
        : (sortedMinutes.get(middle - 1) + sortedMinutes.get(middle)) / 2.0;
    return Math.round(minutes / 6.0) / 10.0;
  }
}
