package org.collectivehealing.workflow.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person on an uploaded list, as checked: what happened to them and what the list says of them. Everything
 * but the status is personal and goes only into the person's own victim case.
 */
record ListedVictim(String status, String firstName, String lastName, String dateOfBirth, String phone,
    String location, String reference) {

  /** The fields a list may have, in CSV column order. */
  static final List<String> FIELDS = List.of("status", "firstName", "lastName", "dateOfBirth", "phone", "location",
      "reference");

  /** The victim case's variables for the personal values, by field. */
  Map<String, String> personalValues() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("listedFirstName", firstName);
    values.put("listedLastName", lastName);
    values.put("listedDateOfBirth", dateOfBirth);
    values.put("listedPhone", phone);
    values.put("listedLocation", location);
    values.put("listedReference", reference);
    return values;
  }
}
