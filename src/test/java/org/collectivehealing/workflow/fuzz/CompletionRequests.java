package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;
import static org.collectivehealing.workflow.fuzz.HostileValues.plus;
import static org.collectivehealing.workflow.fuzz.HostileValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Completing tasks: complete, submit-form and resolve on other agencies' and other sites' tasks, and on one's
 * own tasks with missing, invalid or system variables. Own tasks are completed with valid answers only at the
 * very end ({@link #finale}), so that the cases stay open for every other request.
 */
final class CompletionRequests {

  static final String GROUP = "completions";
  private static final List<String> OPERATIONS = List.of("complete", "submit-form", "resolve");

  private CompletionRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      for (SiteCases.OpenTask task : targets.allTasks()) {
        boolean own = targets.works(caller, task);
        List<String> bodies = hostileBodies(targets, task);
        if (own) {
          for (String operation : OPERATIONS) {
            for (String body : bodies) {
              requests.add(complete(caller, task, operation, body));
            }
          }
        } else {
          // someone else's task: refused whatever is sent, valid answers included
          bodies.add(0, "{\"variables\":" + task.validVariables() + "}");
          bodies.add(1, "{\"variables\":" + task.validVariables() + ",\"withVariablesInReturn\":true}");
          for (int i = 0; i < 3; i++) {
            requests.add(complete(caller, task, targets.pick(OPERATIONS), i < 2 ? bodies.get(i)
                : targets.pick(bodies)));
          }
        }
      }
      requests.add(complete(caller, "abc", "complete", "{}", REFUSE));
    }
    return requests;
  }

  private static List<String> hostileBodies(FuzzTargets targets, SiteCases.OpenTask task) {
    String site = targets.siteOf(task.id());
    // missing answers, broken bodies, forged system variables, one answer of a wrong type or size
    String valid = task.validVariables();
    List<String> bodies = new ArrayList<>(List.of("{}", "{\"variables\":{}}", "null", "{\"variables\":",
        "{\"variables\":" + HostileValues.variables("caseNumber",
            text(targets.site(FuzzTargets.otherSite(site)).caseNumber()), "site", text(FuzzTargets.otherSite(site)),
            "contactLastName", "{\"value\":null}") + "}"));
    String firstField = valid.replaceFirst("^\\{\"([^\"]+)\".*", "$1");
    for (int i = 0; i < 3; i++) {
      String bad = targets.pick(HostileValues.BAD_VARIABLES);
      bodies.add("{\"variables\":" + plus(valid.replaceFirst("^\\{\"[^\"]+\":\\{[^}]*\\},?", "{"), firstField, bad)
          .replace("{,", "{") + "}");
    }
    return bodies;
  }

  /** Valid answers plus forged system variables, on the caller's own task: done last, it ends the task. */
  static List<HostileRequest> finale(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (String site : FuzzTargets.SITES) {
      for (String key : List.of("UserTask_HelpWithCompensation", "UserTask_ConvenePartners")) {
        SiteCases.OpenTask task = targets.site(site).task(key);
        Map<String, String> forged = SystemVariables.forged(targets, site);
        String variables = task.validVariables();
        for (Map.Entry<String, String> entry : forged.entrySet()) {
          variables = plus(variables, entry.getKey(), text(entry.getValue()));
        }
        Caller owner = new Caller(CaseOpener.user(task.group(), site), task.group(), site);
        requests.add(complete(owner, task.id(), "submit-form", "{\"variables\":" + variables + "}", ANY)
            .afterAccepted(SystemVariables.instanceHoldsNone(task.instanceId(), forged, site)));
      }
    }
    return requests;
  }

  private static HostileRequest complete(Caller caller, SiteCases.OpenTask task, String operation, String body) {
    return complete(caller, task.id(), operation, body, REFUSE);
  }

  private static HostileRequest complete(Caller caller, String taskId, String operation, String body,
      HostileRequest.Expect expect) {
    return HostileRequest.write(GROUP, caller, "POST", "/engine-rest/task/" + taskId + "/" + operation, body,
        expect);
  }
}
