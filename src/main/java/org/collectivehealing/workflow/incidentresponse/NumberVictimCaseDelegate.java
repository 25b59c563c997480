package org.collectivehealing.workflow.incidentresponse;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Numbers each identified victim's case after its incident: HOU-2026-0007-V1, -V2, ... */
@Component("numberVictimCaseDelegate")
public class NumberVictimCaseDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Number identified = (Number) execution.getVariable("victimsIdentified");
    long next = identified == null ? 1 : identified.longValue() + 1;
    execution.setVariable("victimsIdentified", next);
    execution.setVariable("victimCaseNumber", execution.getVariable("caseNumber") + "-V" + next);
  }
}
