package org.collectivehealing.workflow.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Refuses to start a process whose start values break the rules of its start form. */
public class ValidateStartFormListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    CamundaForm form = DeployedForms.get(execution.getProcessDefinitionId(), execution.getCurrentActivityId(),
        () -> execution.getProcessEngineServices().getFormService()
            .getDeployedStartForm(execution.getProcessDefinitionId()));
    List<String> violations = FormSubmissionValidator.violations(form, execution::getVariable);
    if (!violations.isEmpty()) {
      throw new FormFieldValidationException(violations,
          "Cannot start '" + execution.getProcessDefinitionId().split(":")[0] + "': "
              + String.join("; ", violations));
    }
  }
}
