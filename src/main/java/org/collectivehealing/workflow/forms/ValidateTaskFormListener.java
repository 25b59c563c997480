package org.collectivehealing.workflow.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Refuses to complete a task whose values break the rules of its form; nothing of the submission is kept. */
public class ValidateTaskFormListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    CamundaForm form = DeployedForms.get(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
        () -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
    List<String> violations = FormSubmissionValidator.violations(form, task::getVariable);
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(violations,
          "Cannot complete '" + task.getName() + "': " + String.join("; ", violations));
    }
  }
}
