package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;
import static org.collectivehealing.workflow.fuzz.HostileValues.plus;
import static org.collectivehealing.workflow.fuzz.HostileValues.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting cases: incident-response with forged system variables, start instructions, malformed values and
 * bodies; and the victim processes, which only the incident itself may start.
 */
final class StartRequests {

  static final String GROUP = "starts";
  static final String START = "/engine-rest/process-definition/key/incident-response/start";
  static final String SUBMIT = "/engine-rest/process-definition/key/incident-response/submit-form";

  private StartRequests() {
  }

  /** The report as the start form demands it (README, "Try it"). */
  static String validReport(String site) {
    return "{\"incidentType\":{\"value\":\"homicide\"},\"occurredAt\":{\"value\":\"2026-11-26T09:30+00:00\"},"
        + "\"place\":{\"value\":\"Main St\"},\"fatalities\":{\"value\":1,\"type\":\"Long\"},"
        + "\"injured\":{\"value\":1,\"type\":\"Long\"},\"officersInvolved\":{\"value\":1,\"type\":\"Long\"},"
        + "\"communityTension\":{\"value\":\"high\"},\"mediaInterest\":{\"value\":\"local\"},"
        + "\"summary\":{\"value\":\"Fuzz incident " + site + "\"}}";
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      String site = caller.isStranger() ? "houston" : caller.site();
      boolean opensIncidents = "command".equals(caller.group());
      List<HostileRequest> mine = new ArrayList<>();
      for (String path : List.of(START, SUBMIT)) {
        forgedSystemVariables(targets, caller, site, path, opensIncidents, mine);
        startInstructions(caller, site, path, mine);
        malformedValues(caller, site, path, opensIncidents, mine);
        malformedBodies(caller, site, path, mine);
      }
      otherStarts(targets, caller, mine);
      if (!opensIncidents) {
        // one who may not start at all is refused whatever the body: a sample is enough
        java.util.Collections.shuffle(mine, targets.random);
        mine = mine.subList(0, Math.min(mine.size(), caller.isStranger() ? 8 : 14));
      }
      requests.addAll(mine);
    }
    return requests;
  }

  private static void forgedSystemVariables(FuzzTargets targets, Caller caller, String site, String path,
      boolean opensIncidents, List<HostileRequest> requests) {
    Map<String, String> forged = SystemVariables.forged(targets, site);
    Map<String, String> ownNumber = new LinkedHashMap<>(Map.of("caseNumber", targets.site(site).caseNumber()));
    List<Map<String, String>> variants = new ArrayList<>(List.of(ownNumber, forged));
    forged.forEach((name, value) -> variants.add(Map.of(name, value)));
    for (Map<String, String> variant : variants) {
      String variables = validReport(site);
      for (Map.Entry<String, String> entry : variant.entrySet()) {
        variables = plus(variables, entry.getKey(), text(entry.getValue()));
      }
      requests.add(start(caller, path, "{\"variables\":" + variables + "}", opensIncidents ? ANY : REFUSE)
          .afterAccepted(SystemVariables.startedInstanceHoldsNone(variant, site, null)));
    }
    String existingKey = targets.otherThan(caller).caseNumber();
    requests.add(start(caller, path, "{\"businessKey\":\"" + existingKey + "\",\"variables\":" + validReport(site)
        + "}", opensIncidents ? ANY : REFUSE)
        .afterAccepted(SystemVariables.startedInstanceHoldsNone(Map.of(), site, existingKey)));
  }

  private static void startInstructions(Caller caller, String site, String path, List<HostileRequest> requests) {
    for (String instruction : List.of(
        "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_ReviewActivation\"}]",
        "\"startInstructions\":[{\"type\":\"startAfterActivity\",\"activityId\":\"ServiceTask_AssignCaseNumber\"}]",
        "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_CloseIncident\"}],"
            + "\"skipCustomListeners\":true,\"skipIoMappings\":true",
        "\"skipCustomListeners\":true")) {
      requests.add(start(caller, path, "{" + instruction + ",\"variables\":{}}", REFUSE));
    }
  }

  private static void malformedValues(Caller caller, String site, String path, boolean opensIncidents,
      List<HostileRequest> requests) {
    String report = validReport(site);
    for (String bad : HostileValues.BAD_VARIABLES) {
      for (String field : List.of("fatalities", "incidentType", "summary")) {
        if (bad.contains("\"String\"") && !field.equals("summary") || bad.contains("Date") && !field.equals("summary")) {
          continue;
        }
        requests.add(start(caller, path, "{\"variables\":" + replace(report, field, bad) + "}", REFUSE));
      }
    }
    requests.add(start(caller, path, "{\"variables\":" + replace(report, "fatalities",
        "{\"value\":9223372036854775807,\"type\":\"Long\"}") + "}", opensIncidents ? ANY : REFUSE));
    requests.add(start(caller, path, "{\"variables\":" + replace(report, "communityTension", text("extreme"))
        + "}", REFUSE));
    requests.add(start(caller, path, "{\"variables\":" + replace(report, "incidentType", "{\"value\":null}") + "}",
        REFUSE));
    requests.add(start(caller, path, "{\"variables\":" + replace(report, "summary", text(HostileValues.TEXT_1MB))
        + "}", REFUSE));
    requests.add(start(caller, path, "{\"variables\":" + report + ",\"noSuchField\":{\"a\":1}}",
        opensIncidents ? ANY : REFUSE));
  }

  private static void malformedBodies(Caller caller, String site, String path, List<HostileRequest> requests) {
    for (String body : HostileValues.BAD_BODIES) {
      requests.add(start(caller, path, body, REFUSE));
    }
    for (String type : HostileValues.WRONG_TYPES) {
      requests.add(start(caller, path, "{\"variables\":" + validReport(site) + "}", REFUSE).contentType(type));
    }
    requests.add(start(caller, path, "{\"variables\":" + validReport(site) + "}", REFUSE).contentType(null));
  }

  /** Another site's definition, and the victim processes, which no caseworker starts by hand. */
  private static void otherStarts(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    String other = targets.otherThan(caller).site();
    requests.add(start(caller, "/engine-rest/process-definition/key/incident-response/tenant-id/" + other
        + "/start", "{\"variables\":" + validReport(other) + "}", REFUSE));
    SiteCases victim = targets.otherThan(caller);
    for (String process : List.of("victim-support", "victims-rights-notice", "partner-referral")) {
      requests.add(start(caller, "/engine-rest/process-definition/key/" + process + "/start",
          "{\"businessKey\":\"" + victim.victimCaseNumber() + "\",\"variables\":{\"victimCaseNumber\":"
              + text(victim.victimCaseNumber()) + ",\"site\":" + text(victim.site()) + "}}", REFUSE));
    }
  }

  private static String replace(String report, String field, String variable) {
    return report.replaceFirst("\"" + field + "\":\\{[^}]*\\}", "\"" + field + "\":"
        + java.util.regex.Matcher.quoteReplacement(variable));
  }

  private static HostileRequest start(Caller caller, String path, String body, HostileRequest.Expect expect) {
    return HostileRequest.write(GROUP, caller, "POST", path, body, expect);
  }
}
