package org.collectivehealing.workflow.victimsupport;

import org.collectivehealing.workflow.forms.ChecklistValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.collectivehealing.workflow.consent.NewConsent;

/**
 * The victim's consent to share information, as the advocate records it in "Record consent to share
 * information": which kinds of partner may receive which details, given on which day, until which day, and
 * whether it is written. Only informed, written, time-limited consent counts (28 CFR 94.115). Once checked, it
 * becomes consent records of their own ({@link #toNewConsent}); what is shared later is decided from those
 * records, never from these form values, so that a revocation takes effect.
 */
record ConsentRecord(boolean given, String givenBy, List<String> recipientCategories, List<String> dataClasses,
    String givenOn, String expiresOn, boolean written) {

  static ConsentRecord of(VariableScope variables) {
    return new ConsentRecord("yes".equals(variables.getVariable("consentGiven")),
        text(variables.getVariable("consentGivenBy")),
        ChecklistValues.of(variables.getVariable("consentRecipientCategories")),
        ChecklistValues.of(variables.getVariable("consentDataClasses")),
        text(variables.getVariable("consentGivenOn")), text(variables.getVariable("consentExpiresOn")),
        Boolean.TRUE.equals(variables.getVariable("writtenConsentConfirmed")));
  }

  /** The records to keep for a consent that passed {@link #problems()}. */
  NewConsent toNewConsent(String tenantId, String victimCaseNumber) {
    return new NewConsent(tenantId, victimCaseNumber, recipientCategories, dataClasses, givenBy, date(givenOn),
        date(expiresOn), written);
  }

  /**
   * The rules the form cannot state: a "yes" needs the kinds of partner, the dates and the written form, and
   * must end after it starts. Releasing no details at all is allowed: the partner then gets the referral only.
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!given) {
      return problems;
    }
    if (recipientCategories.isEmpty()) {
      problems.add("'Kinds of partner the consent covers' (consentRecipientCategories) is required when the victim consents");
    }
    if (!written) {
      problems.add("'The victim signed a written consent form' (writtenConsentConfirmed) must be ticked: only written consent counts");
    }
    LocalDate from = date(givenOn);
    LocalDate until = date(expiresOn);
    if (from == null) {
      problems.add("'Consent given on' (consentGivenOn) is required when the victim consents");
    }
    if (until == null) {
      problems.add("'Consent expires on' (consentExpiresOn) is required when the victim consents: consent is time-limited");
    }
    if (from != null && until != null && !until.isAfter(from)) {
      problems.add("'Consent expires on' (consentExpiresOn) must be after 'Consent given on' (consentGivenOn)");
    }
    return problems;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** A date field's value ("2026-11-26"); a datetime value is cut to its day. */
  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
