package org.collectivehealing.workflow.tasklist;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Puts on a new task copies of the card variables of its candidate agencies that may read only their own tasks'
 * variables (police, community partners; {@code chw.tasklist.copied-to-task}). Tasklist's cards load variables
 * by a query that needs the right to read the whole case's variables; the copies are the task's own, which its
 * candidates may read, so the card shows what the task's form shows them anyway, and nobody else more.
 */
class CopyCardVariablesToTaskListener implements TaskListener {

  private final TaskCardProperties cards;

  CopyCardVariablesToTaskListener(TaskCardProperties cards) {
    this.cards = cards;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return;
    }
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).toList();
    for (String name : cards.copiedFor(groups)) {
      TypedValue value = task.getExecution().getVariableTyped(name);
      if (value != null && value.getValue() != null) {
        task.setVariableLocal(TaskCardProperties.COPY_PREFIX + name, value);
      }
    }
  }
}
