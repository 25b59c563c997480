package org.collectivehealing.workflow.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OVC Performance Measurement Tool's categories, as the forms record them (value to the PMT's wording). The
 * report lists every category of every dimension, zeros included, so its layout never depends on the data;
 * {@code PmtFormsTest} fails when a form's options and this catalogue drift apart.
 */
public final class PmtCatalogue {

  /** A dimension of the report: the form field it comes from and its categories in the PMT's order. */
  public record Dimension(String section, String field, Map<String, String> categories) {
  }

  public static final String NOT_REPORTED = "not-reported";
  /** Recorded from the services checklist or from the compensation task's outcome. */
  public static final String COMPENSATION_ASSISTED = "compensation-application-assisted";

  public static final Dimension RACE_ETHNICITY = new Dimension("race-ethnicity", "raceEthnicity", ordered(
      "american-indian-or-alaska-native", "American Indian or Alaska Native",
      "asian", "Asian",
      "black-or-african-american", "Black or African American",
      "hispanic-or-latino", "Hispanic or Latino",
      "native-hawaiian-or-other-pacific-islander", "Native Hawaiian or Other Pacific Islander",
      "white-non-latino-or-caucasian", "White Non-Latino or Caucasian",
      "some-other-race", "Some other race",
      "multiple-races", "Multiple races",
      NOT_REPORTED, "Not reported"));

  public static final Dimension GENDER_IDENTITY = new Dimension("gender-identity", "genderIdentity", ordered(
      "male", "Male",
      "female", "Female",
      "other", "Other",
      NOT_REPORTED, "Not reported"));

  public static final Dimension AGE = new Dimension("age", "ageBand", ordered(
      "0-12", "0-12",
      "13-17", "13-17",
      "18-24", "18-24",
      "25-59", "25-59",
      "60-and-older", "60 and older",
      NOT_REPORTED, "Not reported"));

  public static final Dimension VICTIMIZATION_TYPE = new Dimension("victimization-type", "victimizationTypes",
      ordered(
          "adult-physical-assault", "Adult Physical Assault (includes Aggravated and Simple Assault)",
          "adult-sexual-assault", "Adult Sexual Assault",
          "arson", "Arson",
          "bullying", "Bullying (Verbal, Cyber or Physical)",
          "burglary", "Burglary",
          "child-physical-abuse-or-neglect", "Child Physical Abuse or Neglect",
          "child-sexual-abuse", "Child Sexual Abuse/Assault",
          "domestic-and-family-violence", "Domestic and/or Family Violence",
          "dui-dwi-incidents", "DUI/DWI Incidents",
          "elder-abuse-or-neglect", "Elder Abuse or Neglect",
          "hate-crime", "Hate Crime: Racial/Religious/Gender/Sexual Orientation/Other",
          "human-trafficking", "Human Trafficking: Labor or Sex",
          "identity-theft-fraud-financial-crime", "Identity Theft/Fraud/Financial Crime",
          "kidnapping", "Kidnapping",
          "mass-violence", "Mass Violence (Domestic/International)",
          "other-vehicular-victimization", "Other Vehicular Victimization (e.g., Hit and Run)",
          "robbery", "Robbery",
          "stalking-harassment", "Stalking/Harassment",
          "survivors-of-homicide-victims", "Survivors of Homicide Victims",
          "terrorism", "Terrorism (Domestic/International)",
          "other", "Other"));

  public static final Dimension SPECIAL_CLASSIFICATION = new Dimension("special-classification",
      "specialClassifications", ordered(
          "deaf-or-hard-of-hearing", "Deaf/Hard of Hearing",
          "homeless", "Homeless",
          "immigrants-refugees-asylum-seekers", "Immigrants/Refugees/Asylum Seekers",
          "lgbtq", "LGBTQ",
          "veterans", "Veterans",
          "victims-with-disabilities", "Victims with Disabilities: Cognitive/Physical/Mental",
          "limited-english-proficiency", "Victims with Limited English Proficiency",
          "other", "Other"));

  /** Services as the forms' "services given" checklists record them (PMT service categories A to E). */
  public static final Dimension SERVICE = new Dimension("service", "servicesGiven", ordered(
      "information-and-referral", "A. Information and referral",
      "personal-advocacy-and-accompaniment", "B. Personal advocacy and accompaniment",
      "emotional-support-or-safety", "C. Emotional support or safety services",
      "shelter-and-housing", "D. Shelter and housing services",
      "criminal-or-civil-justice-assistance", "E. Criminal or civil justice system assistance",
      COMPENSATION_ASSISTED, "Assisted with a victim compensation application"));

  /** What the victim's profile holds: one value per victim case. */
  public static final List<Dimension> PROFILE = List.of(RACE_ETHNICITY, GENDER_IDENTITY, AGE);
  /** What may hold several values per victim case. */
  public static final List<Dimension> PROFILE_LISTS = List.of(VICTIMIZATION_TYPE, SPECIAL_CLASSIFICATION);

  private PmtCatalogue() {
  }

  private static Map<String, String> ordered(String... valuesAndLabels) {
    Map<String, String> categories = new LinkedHashMap<>();
    for (int i = 0; i < valuesAndLabels.length; i += 2) {
      categories.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(categories);
  }
}
