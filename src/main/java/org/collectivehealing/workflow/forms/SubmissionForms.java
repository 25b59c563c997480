package org.collectivehealing.workflow.forms;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The Camunda Form a submission goes to: a task's form, or the start form of a process definition. For checks
 * that run inside a command before the engine acts on the submission (see the guard package).
 */
public final class SubmissionForms {

  private SubmissionForms() {
  }

  /** The task's form; empty when its model gives it none. */
  public static Optional<CamundaForm> ofTask(TaskEntity task) {
    if (task.getTaskDefinition() == null || !hasFormRef(task.getTaskDefinition().getFormDefinition())) {
      return Optional.empty();
    }
    return Optional.of(DeployedForms.get(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
        () -> Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId())));
  }

  /** The process's start form; empty when its start event has none. */
  public static Optional<CamundaForm> ofStart(ProcessDefinitionEntity definition) {
    if (!hasFormRef(definition.getStartFormDefinition()) || definition.getInitial() == null) {
      return Optional.empty();
    }
    return Optional.of(DeployedForms.get(definition.getId(), definition.getInitial().getId(),
        () -> Context.getProcessEngineConfiguration().getFormService().getDeployedStartForm(definition.getId())));
  }

  private static boolean hasFormRef(FormDefinition form) {
    return form != null && form.getCamundaFormDefinitionKey() != null;
  }
}
