package org.collectivehealing.workflow.intake;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.collectivehealing.workflow.forms.CamundaForm;

/**
 * What a listed value may be, taken from the forms a caseworker would otherwise fill in, so a designer who
 * changes a form changes the intake with it: the statuses of "Identify a victim", the lengths and patterns of
 * "Record contact details" (a list's name, phone and location are the contact the case starts with).
 */
final class ListedVictimRules {

  static final String IDENTIFY_FORM = "forms/incident-response/identify-victim.form";
  static final String CONTACT_FORM = "forms/victim-support/record-contact-details.form";
  /** List field to the contact form's field whose rules it follows. */
  private static final Map<String, String> CONTACT_FIELDS = Map.of("firstName", "contactFirstName",
      "lastName", "contactLastName", "phone", "contactPhone", "location", "contactAddress");
  /** The list's own reference has no form; it is a short identifier. */
  private static final int REFERENCE_MAX_LENGTH = 100;

  final Set<String> statuses;
  final Map<String, Integer> maxLength = new HashMap<>();
  final Map<String, Pattern> patterns = new HashMap<>();

  private ListedVictimRules(CamundaForm identify, CamundaForm contact) {
    statuses = new TreeSet<>(field(identify, "victimStatus").allowedValues());
    CONTACT_FIELDS.forEach((listed, form) -> {
      CamundaForm.Field field = field(contact, form);
      if (field.maxLength() != null) {
        maxLength.put(listed, field.maxLength());
      }
      if (field.pattern() != null) {
        patterns.put(listed, Pattern.compile(field.pattern()));
      }
    });
    maxLength.put("reference", REFERENCE_MAX_LENGTH);
  }

  static ListedVictimRules fromForms() {
    return new ListedVictimRules(read(IDENTIFY_FORM), read(CONTACT_FORM));
  }

  private static CamundaForm read(String path) {
    InputStream form = ListedVictimRules.class.getClassLoader().getResourceAsStream(path);
    if (form == null) {
      throw new IllegalStateException("The intake takes its rules from " + path + ", which is missing");
    }
    return CamundaForm.parse(form);
  }

  private static CamundaForm.Field field(CamundaForm form, String key) {
    return form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() ->
        new IllegalStateException("The intake takes its rules from field '" + key + "' of " + form.id()
            + ", which has none"));
  }
}
