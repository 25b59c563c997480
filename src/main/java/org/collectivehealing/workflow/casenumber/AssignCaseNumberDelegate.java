package org.collectivehealing.workflow.casenumber;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives a new incident its case number ({@code caseNumber}, also the business key that Tasklist and Cockpit
 * show). Cases opened from an incident derive their numbers from it instead.
 */
@Component("assignCaseNumberDelegate")
public class AssignCaseNumberDelegate implements JavaDelegate {

  public static final String CASE_NUMBER = "caseNumber";

  private final CaseNumbers caseNumbers;

  public AssignCaseNumberDelegate(CaseNumbers caseNumbers) {
    this.caseNumbers = caseNumbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(CASE_NUMBER) != null) {
      return; // retried after a later failure: keep the number already given
    }
    String caseNumber = caseNumbers.next(execution.getTenantId());
    execution.setVariable(CASE_NUMBER, caseNumber);
    execution.setProcessBusinessKey(caseNumber);
  }
}
