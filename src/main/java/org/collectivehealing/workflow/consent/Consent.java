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

  /** Only written, unrevoked consent counts, and only between the day it was given and the day it expires. */
  public boolean coversOn(LocalDate day) {
    return written && revokedAt == null && !day.isBefore(givenOn) && !day.isAfter(expiresOn);
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
