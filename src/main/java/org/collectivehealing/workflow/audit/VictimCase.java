package org.collectivehealing.workflow.audit;

/**
 * @param caseKey the case number (the business key of the victim-support or partner-referral instance)
 * @param tenantId the case's site
 */
public record VictimCase(String caseKey, String tenantId) {
}
