package org.collectivehealing.workflow.victimsupport;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collectivehealing.workflow.consent.ConsentRegistry;
import org.springframework.stereotype.Component;

/**
 * Keeps the consent the advocate recorded as consent records of their own, one per recipient category, in the
 * same transaction as the completed task. Runs after {@link CheckConsentRecordListener}, so only a complete,
 * written, time-limited consent gets here; a "no" records nothing.
 */
@Component("recordConsentListener")
public class RecordConsentListener implements TaskListener {

  private final ConsentRegistry consents;

  public RecordConsentListener(ConsentRegistry consents) {
    this.consents = consents;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsentRecord consent = ConsentRecord.of(task);
    if (!consent.given()) {
      return;
    }
    Authentication advocate = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    consents.record(consent.toNewConsent(task.getTenantId(), (String) task.getVariable("victimCaseNumber")),
        advocate == null ? task.getAssignee() : advocate.getUserId());
  }
}
