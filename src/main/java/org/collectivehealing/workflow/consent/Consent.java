package org.collectivehealing.workflow.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One victim's consent to share information with one category of recipient (28 CFR 94.115): which data
 * classes, given on which day, until which day, and whether and when it was revoked.
 */
public record Consent(String id, String tenantId, String victimCaseNumber, String recipientCategory,
    List<String> dataClasses, String givenBy, LocalDate givenOn, LocalDate expiresOn, boolean written,
    String recordedBy, Instant recordedAt, Instant revokedAt, String revokedBy) {

  /**
   * Written, unrevoked consent counts until the day it expires, that day included. The day it was given is not
   * checked: the form records the victim's local date, which may lie ahead of the engine's UTC day.
   */
  public boolean coversOn(LocalDate day) {
    return written && revokedAt == null && !day.isAfter(expiresOn);
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
