package org.collectivehealing.workflow.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;

/**
 * The engine's own count behind Cockpit's "Human Tasks" (the candidate-group report), computed without
 * authentication from the tasks themselves, to check the report against.
 */
public final class CandidateGroupCounts {

  /** How the report names tasks without a group: a link without one, or no link at all. */
  public static final String NO_GROUP = "";

  private CandidateGroupCounts() {
  }

  /** A site's unassigned open tasks per group of their identity links, as the report counts them. */
  public static Map<String, Long> of(TaskService tasks, String site) {
    Map<String, Long> counts = new TreeMap<>();
    tasks.createTaskQuery().tenantIdIn(site).taskUnassigned().list().forEach(task -> {
      List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
          .map(link -> link.getGroupId() == null ? NO_GROUP : link.getGroupId()).toList();
      (groups.isEmpty() ? List.of(NO_GROUP) : groups).forEach(group -> counts.merge(group, 1L, Long::sum));
    });
    return counts;
  }
}
