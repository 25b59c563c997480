package org.collectivehealing.workflow.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** "Assess needs" becomes "Assess needs — HOU-2026-0007-V1": the case number is the instance's business key. */
public class AddCaseToTaskNameListener implements TaskListener {

  static final String SEPARATOR = " — ";

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (caseNumber != null && task.getName() != null && !task.getName().endsWith(SEPARATOR + caseNumber)) {
      task.setName(task.getName() + SEPARATOR + caseNumber);
    }
  }
}
