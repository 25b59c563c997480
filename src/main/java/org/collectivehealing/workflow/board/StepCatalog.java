package org.collectivehealing.workflow.board;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The names and owning agencies of the models' steps, as a designer labelled them: the board shows "Assess needs",
 * never a task's own name, which carries its case and could carry more. A deployed definition never changes, so
 * what was read once is kept. Mail names steps the same way (the digest of overdue tasks).
 */
@Component
public class StepCatalog {

  /** A step's label and its candidate group, or none when the model computes the group. */
  public record Step(String name, String agency) {
  }

  static final String UNKNOWN_AGENCY = "unknown";

  private final Map<String, Map<String, Step>> steps = new ConcurrentHashMap<>();
  private final Map<String, String> processNames = new ConcurrentHashMap<>();

  public Step step(ProcessEngine engine, String processDefinitionId, String taskKey) {
    return steps.computeIfAbsent(processDefinitionId, id -> read(engine, id))
        .getOrDefault(taskKey, new Step(taskKey, null));
  }

  String processName(ProcessEngine engine, String processDefinitionId) {
    return processNames.computeIfAbsent(processDefinitionId,
        id -> engine.getRepositoryService().getProcessDefinition(id).getName());
  }

  /** The group a historic task was offered to: the model's, or for a computed one what the engine recorded. */
  String agencyOf(ProcessEngine engine, HistoricTaskInstance task) {
    String modelled = step(engine, task.getProcessDefinitionId(), task.getTaskDefinitionKey()).agency();
    if (modelled != null) {
      return modelled;
    }
    return engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .type(IdentityLinkType.CANDIDATE).list().stream().map(HistoricIdentityLinkLog::getGroupId)
        .filter(group -> group != null).findFirst().orElse(UNKNOWN_AGENCY);
  }

  private static Map<String, Step> read(ProcessEngine engine, String processDefinitionId) {
    return engine.getRepositoryService().getBpmnModelInstance(processDefinitionId)
        .getModelElementsByType(UserTask.class).stream()
        .collect(Collectors.toMap(UserTask::getId, task -> new Step(
            task.getName() == null ? task.getId() : task.getName(), staticGroup(task.getCamundaCandidateGroups()))));
  }

  private static String staticGroup(String candidateGroups) {
    if (candidateGroups == null || candidateGroups.contains("{") || candidateGroups.contains(",")) {
      return null;
    }
    return candidateGroups.trim();
  }
}
