package org.collectivehealing.workflow.consent;

import java.time.LocalDate;
import java.util.List;

/** What the advocate records when the victim consents: one consent record per recipient category follows. */
public record NewConsent(String tenantId, String victimCaseNumber, List<String> recipientCategories,
    List<String> dataClasses, String givenBy, LocalDate givenOn, LocalDate expiresOn, boolean written) {
}
