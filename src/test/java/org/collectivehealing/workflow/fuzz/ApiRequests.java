package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.NO_ROWS;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;

import java.util.ArrayList;
import java.util.List;
import org.collectivehealing.workflow.postgres.PostgresNodes;

/**
 * The project's own /api: consents listed and revoked with bad ids, other sites' ids, bad bodies, wrong
 * content types and methods, unknown paths; the read audit with bad paging and dates; the OVC report, which no
 * caseworker may export, with bad parameters. Refusals there are problem+json.
 */
final class ApiRequests {

  static final String GROUP = "/api";
  static final Caller ADMINISTRATOR = new Caller(PostgresNodes.ADMIN_ID, "camunda-admin", null);

  private ApiRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      consentLists(targets, caller, requests);
      revocations(targets, caller, requests);
      wrongDoors(targets, caller, requests);
      auditReads(targets, caller, requests);
      reports(targets, caller, requests);
    }
    auditReads(targets, ADMINISTRATOR, requests);
    reports(targets, ADMINISTRATOR, requests);
    wrongDoors(targets, ADMINISTRATOR, requests);
    return requests;
  }

  private static void consentLists(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    for (String site : FuzzTargets.SITES) {
      boolean advocateHere = caller.is("victim-services", site);
      requests.add(HostileRequest.read(GROUP, caller, "/api/cases/" + targets.site(site).victimCaseNumber()
          + "/consents", advocateHere ? ANY : caller.group() != null && caller.group().equals("victim-services")
          ? NO_ROWS : REFUSE));
    }
    requests.add(HostileRequest.read(GROUP, caller, "/api/cases/" + targets.pick(List.of("NOPE-1", "x".repeat(300),
        "..%2F..%2Fetc", "%20")) + "/consents", "victim-services".equals(caller.group()) ? NO_ROWS : REFUSE));
    requests.add(HostileRequest.read(GROUP, caller, "/api/cases/%ZZ/consents", REFUSE).raw());
  }

  private static void revocations(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    for (String site : FuzzTargets.SITES) {
      String consent = targets.pick(targets.site(site).consentIds());
      boolean owner = caller.is("victim-services", site);
      String path = "/api/consents/" + consent + "/revoke";
      List<String> bodies = new ArrayList<>(List.of("{", "{\"reason\":5}", "{\"reason\":[\"a\"]}",
          "{\"reason\":\"" + "r".repeat(2001) + "\"}", "{\"reason\":\"" + HostileValues.TEXT_5000 + "\"}",
          "[]"));
      if (!owner) {
        // what the owner may send (the reason is optional) is refused to everyone else
        bodies.add("{\"reason\":\"the victim withdrew consent by phone\"}");
        bodies.add("null");
        bodies.add(null);
      }
      for (String body : owner ? bodies : java.util.Arrays.asList(targets.pick(bodies), targets.pick(bodies))) {
        requests.add(HostileRequest.write(GROUP, caller, "POST", path, body, REFUSE));
      }
      requests.add(HostileRequest.write(GROUP, caller, "POST", path, "{\"reason\":\"typed as text\"}", REFUSE)
          .contentType(targets.pick(HostileValues.WRONG_TYPES)));
    }
    for (String id : List.of("abc", "-1", "9".repeat(100), "%20")) {
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/api/consents/" + id + "/revoke",
          "{\"reason\":\"x\"}", REFUSE));
    }
    requests.add(HostileRequest.write(GROUP, caller, "POST", "/api/consents/%00/revoke", "{}", REFUSE).raw());
  }

  private static void wrongDoors(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    String consent = targets.pick(targets.site(targets.pick(FuzzTargets.SITES)).consentIds());
    for (String method : List.of("GET", "PUT", "DELETE")) {
      requests.add(new HostileRequest(GROUP, method, "/api/consents/" + consent + "/revoke", caller,
          method.equals("PUT") ? HostileRequest.JSON : null, method.equals("PUT") ? "{}" : null,
          !method.equals("GET"), REFUSE, HostileRequest.Transport.REST, null));
    }
    for (String path : List.of("/api/nothing-here", "/api/cases", "/api/consents", "/api/audit")) {
      requests.add(HostileRequest.read(GROUP, caller, path, REFUSE));
    }
  }

  private static void auditReads(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    boolean administrator = caller == ADMINISTRATOR;
    for (String parameters : List.of("page=-1", "page=abc", "size=0", "size=-5", "size=100000",
        "from=yesterday", "from=2026-13-45T00:00:00Z", "page=99999999999", "caseKey=" + "k".repeat(3000))) {
      if (!administrator && targets.random.nextInt(3) > 0) {
        continue; // refused at the door: a sample will do
      }
      // out-of-range numbers may be clamped; what does not parse must be refused
      boolean valid = parameters.startsWith("caseKey") || parameters.matches("page=-1|size=(0|-5|100000)");
      requests.add(HostileRequest.read(GROUP, caller, "/api/audit/reads?" + parameters,
          administrator && valid ? ANY : REFUSE));
    }
  }

  private static void reports(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    boolean administrator = caller == ADMINISTRATOR;
    String site = targets.pick(FuzzTargets.SITES);
    requests.add(HostileRequest.read(GROUP, caller, "/api/reports/ovc-pmt?site=" + site + "&fiscalYear=2027&quarter=1",
        administrator ? ANY : REFUSE));
    for (String parameters : List.of("site=" + site + "&fiscalYear=2027&quarter=0",
        "site=" + site + "&fiscalYear=abc&quarter=1", "site=%00&fiscalYear=2027&quarter=1",
        "site=" + site + "&fiscalYear=2027&quarter=1&suppressBelow=999999", "site=" + site + "&quarter=1",
        "site=" + site + "&fiscalYear=99999999999&quarter=1")) {
      requests.add(HostileRequest.read(GROUP, caller, "/api/reports/ovc-pmt?" + parameters, REFUSE));
    }
  }
}
