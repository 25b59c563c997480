package org.collectivehealing.workflow.incidentresponse;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * An incident stays open while any of its victims' support cases is open. The check runs as the engine, not
 * as the commander: command may not read victim cases, but must still be told that some are open.
 */
@Component("refuseClosureWhileVictimCasesOpenListener")
public class RefuseClosureWhileVictimCasesOpenListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> open = Context.getCommandContext().runWithoutAuthorization(
        () -> task.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
            .superProcessInstanceId(task.getProcessInstanceId()).processDefinitionKey("victim-support").list())
        .stream().map(ProcessInstance::getBusinessKey).toList();
    if (!open.isEmpty()) {
      throw new FormFieldValidationException(open, "The incident cannot be closed: " + open.size()
          + " victim support case(s) still open: " + String.join(", ", open));
    }
  }
}
