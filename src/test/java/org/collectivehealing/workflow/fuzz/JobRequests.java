package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;

import java.util.ArrayList;
import java.util.List;

/**
 * Timers of victim cases, incidents and referrals: executing them early, setting their retries, due dates and
 * suspension. Only command may set retries, at its own site (it retries failed jobs); nothing else is anyone's.
 */
final class JobRequests {

  static final String GROUP = "jobs";

  private JobRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      for (String site : FuzzTargets.SITES) {
        List<String> timers = targets.site(site).timerJobIds();
        for (int i = 0; i < 6; i++) {
          requests.add(operation(targets, caller, site, timers.get(i % timers.size())));
        }
      }
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/job/abc/execute", null, REFUSE));
      requests.add(HostileRequest.write(GROUP, caller, "PUT", "/engine-rest/job/abc/retries", "{\"retries\":1}",
          REFUSE));
    }
    return requests;
  }

  private static HostileRequest operation(FuzzTargets targets, Caller caller, String site, String jobId) {
    String path = "/engine-rest/job/" + jobId;
    boolean retriesAllowed = caller.is("command", site);
    return switch (targets.random.nextInt(9)) {
      case 0, 1 -> HostileRequest.write(GROUP, caller, "POST", path + "/execute", null, REFUSE);
      case 2 -> HostileRequest.write(GROUP, caller, "PUT", path + "/retries", "{\"retries\":3}",
          retriesAllowed ? ANY : REFUSE);
      case 3 -> HostileRequest.write(GROUP, caller, "PUT", path + "/retries", targets.pick(List.of(
          "{\"retries\":-1}", "{\"retries\":\"NaN\"}", "{\"retries\":9223372036854775808}", "null", "{",
          "{\"retries\":null}")), REFUSE);
      case 4 -> HostileRequest.write(GROUP, caller, "PUT", path + "/duedate",
          "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}", REFUSE);
      case 5 -> HostileRequest.write(GROUP, caller, "PUT", path + "/duedate", targets.pick(List.of(
          "{\"duedate\":\"yesterday\"}", "{\"duedate\":null,\"cascade\":\"maybe\"}", "[]")), REFUSE);
      case 6 -> HostileRequest.write(GROUP, caller, "PUT", path + "/suspended", "{\"suspended\":true}", REFUSE);
      case 7 -> HostileRequest.write(GROUP, caller, "PUT", path + "/priority", "{\"priority\":-99}", REFUSE);
      default -> HostileRequest.read(GROUP, caller, path + "/stacktrace",
          caller.is("command", site) ? ANY : REFUSE);
    };
  }
}
