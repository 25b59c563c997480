package org.collectivehealing.workflow.testing;

/** A commander's incident report as REST takes it, with the fields a test wants to spoil given as raw JSON. */
public final class IncidentReports {

  public static final String START = "/engine-rest/process-definition/key/incident-response/start";
  public static final String HOMICIDE = "{\"value\":\"homicide\"}";
  public static final String ONE = "{\"value\":1,\"type\":\"Long\"}";
  public static final String SUMMARY = "{\"value\":\"Shooting outside a store\"}";

  private IncidentReports() {
  }

  /** The report's variables, without the enclosing braces, so that a test can add to them. */
  public static String variables(String fatalities, String incidentType, String summary) {
    return "\"incidentType\":" + incidentType + ",\"occurredAt\":{\"value\":\"2026-11-26T09:30+00:00\"},"
        + "\"place\":{\"value\":\"Main St\"},\"fatalities\":" + fatalities + ","
        + "\"injured\":{\"value\":0,\"type\":\"Long\"},\"officersInvolved\":{\"value\":0,\"type\":\"Long\"},"
        + "\"communityTension\":{\"value\":\"moderate\"},\"mediaInterest\":{\"value\":\"local\"},"
        + "\"summary\":" + summary;
  }

  /** A valid report. */
  public static String variables() {
    return variables(ONE, HOMICIDE, SUMMARY);
  }
}
