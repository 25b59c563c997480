package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;
import static org.collectivehealing.workflow.fuzz.HostileValues.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages and signals: correlating the models' messages into other sites' and confidential cases, by
 * business key or by correlation keys on confidential variables, asking for the variables back; and signals.
 * No caseworker correlates messages by hand (the application does, on consent revocation and case events).
 */
final class MessageRequests {

  static final String GROUP = "messages and signals";

  private MessageRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      for (String site : FuzzTargets.SITES) {
        SiteCases cases = targets.site(site);
        String caseEvent = "{\"messageName\":\"CaseEventReported\",\"businessKey\":\"" + cases.victimCaseNumber()
            + "\"";
        String revoked = "{\"messageName\":\"ConsentRevoked\",\"businessKey\":\"" + cases.referralNumber() + "\"";
        for (String body : List.of(caseEvent + ",\"resultEnabled\":true,\"variablesInResultEnabled\":true}",
            caseEvent + ",\"processVariables\":{\"advocateNotes\":" + text("overwritten") + "}}",
            "{\"messageName\":\"CaseEventReported\",\"correlationKeys\":{\"contactLastName\":"
                + text(cases.secrets().lastName()) + "},\"resultEnabled\":true,\"variablesInResultEnabled\":true}",
            "{\"messageName\":\"ConsentRevoked\",\"processInstanceId\":\"" + cases.instance("partner-referral").id()
                + "\",\"processVariables\":{\"referralNumber\":" + text("forged") + "}}",
            revoked + ",\"withoutTenantId\":true}")) {
          requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/message", body, REFUSE));
        }
        // correlating "all" may rightly match nothing and answer 204; what it may not do is change a case
        requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/message",
            "{\"messageName\":\"CaseEventReported\",\"all\":true,\"tenantId\":\"" + site + "\"}",
            caller.is("victim-services", site) ? ANY : HostileRequest.Expect.NO_EFFECT));
        requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/signal",
            "{\"name\":\"CaseEventReported\",\"tenantId\":\"" + site + "\",\"variables\":{\"site\":"
                + text(FuzzTargets.otherSite(site)) + "}}", ANY));
      }
      for (String body : List.of("{\"messageName\":\"NoSuchMessage\",\"businessKey\":\"x\"}", "{", "null",
          "{\"businessKey\":\"x\"}", "{\"messageName\":\"CaseEventReported\",\"correlationKeys\":{\"x\":"
              + "{\"value\":\"NaN\",\"type\":\"Long\"}}}", "{\"messageName\":[1]}")) {
        requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/message", body, REFUSE));
      }
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/signal", targets.pick(List.of("{",
          "null", "{\"name\":null}", "{\"name\":\"x\",\"variables\":{\"v\":{\"value\":\"NaN\",\"type\":\"Long\"}}}")),
          REFUSE));
    }
    return requests;
  }
}
