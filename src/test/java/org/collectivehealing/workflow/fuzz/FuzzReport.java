package org.collectivehealing.workflow.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts a run prints, and every offending request with what it got. */
final class FuzzReport {

  private final Map<String, Integer> requestsPerGroup = new TreeMap<>();
  private final Map<String, Map<Integer, Integer>> statusesPerGroup = new TreeMap<>();
  private final Map<String, Integer> failuresPerClass = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int refusedWritesChecked;
  private int requests;

  void count(HostileRequest request, Answer answer) {
    requests++;
    requestsPerGroup.merge(request.group(), 1, Integer::sum);
    statusesPerGroup.computeIfAbsent(request.group(), g -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
  }

  void refusedWriteChecked() {
    refusedWritesChecked++;
  }

  void fail(HostileRequest request, Answer answer, String problem) {
    failuresPerClass.merge(request.group() + " | " + problem.replaceFirst(":.*|\\s*\\(.*", ""), 1, Integer::sum);
    failures.add("[" + request.group() + "] " + problem + "\n    " + request.describe() + "\n    -> "
        + answer.status() + " " + Excerpt.of(answer.body(), 300));
  }

  int requests() {
    return requests;
  }

  List<String> failures() {
    return failures;
  }

  String counts() {
    StringBuilder text = new StringBuilder("Hostile requests: " + requests + " sent, " + refusedWritesChecked
        + " refused writes checked for changes, " + failures.size() + " failures\n");
    requestsPerGroup.forEach((group, count) -> text.append(String.format("  %-26s %5d  statuses %s%n", group, count,
        statusesPerGroup.get(group))));
    if (!failuresPerClass.isEmpty()) {
      text.append("Failures by group and class:\n");
      failuresPerClass.forEach((failureClass, count) -> text.append(String.format("  %5d  %s%n", count,
          failureClass)));
    }
    return text.toString();
  }
}
