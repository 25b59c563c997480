package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;
import static org.collectivehealing.workflow.fuzz.HostileValues.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Writing variables directly: PUT, POST and DELETE on process-instance, task and execution variables, and
 * process-instance modification. Only the agency that works a case at its own site may write a case's own
 * (non-system) variables, and only well-formed ones.
 */
final class VariableWriteRequests {

  static final String GROUP = "variable writes";
  private static final List<String> NAMES = List.of("caseNumber", "site", "victimCaseNumber", "reportedBy",
      "referralNumber", "contactLastName", "advocateNotes", "fuzzNote");

  private VariableWriteRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      for (SiteCases.OpenTask task : targets.allTasks()) {
        for (int i = 0; i < 2; i++) {
          requests.add(onInstance(targets, caller, task));
          requests.add(onTask(targets, caller, task));
        }
      }
      SiteCases.Instance victim = targets.pick(targets.allInstances());
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/process-instance/" + victim.id()
          + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
          + targets.pick(List.of("UserTask_CloseCase", "UserTask_CloseIncident", "UserTask_AssessNeeds")) + "\"}],"
          + "\"skipCustomListeners\":true,\"skipIoMappings\":true}", REFUSE));
      requests.add(HostileRequest.write(GROUP, caller, "PUT", "/engine-rest/task/abc/variables/fuzzNote",
          text("x"), REFUSE));
      requests.add(HostileRequest.write(GROUP, caller, "POST", "/engine-rest/process-instance/abc/variables",
          "{\"modifications\":{\"fuzzNote\":" + text("x") + "}}", REFUSE));
    }
    // a 1 MB value, once per site, from the advocate who works the case
    for (String site : FuzzTargets.SITES) {
      SiteCases.OpenTask task = targets.site(site).task("UserTask_HelpWithCompensation");
      requests.add(HostileRequest.write(GROUP, new Caller(CaseOpener.user("victim-services", site),
          "victim-services", site), "PUT", "/engine-rest/task/" + task.id() + "/variables/fuzzNote",
          text(HostileValues.TEXT_1MB), REFUSE));
    }
    return requests;
  }

  private static HostileRequest onInstance(FuzzTargets targets, Caller caller, SiteCases.OpenTask task) {
    String name = targets.pick(NAMES);
    String value = value(targets);
    String base = targets.pick(List.of("/engine-rest/process-instance/", "/engine-rest/execution/"))
        + task.instanceId();
    String local = base.contains("/execution/") ? "/localVariables/" : "/variables/";
    return switch (targets.random.nextInt(3)) {
      case 0 -> write(targets, caller, task, name, value, "PUT", base + local + name, value);
      case 1 -> write(targets, caller, task, name, value, "POST", base.replace("/execution/",
          "/process-instance/") + "/variables", "{\"modifications\":{\"" + name + "\":" + value + "}}");
      default -> write(targets, caller, task, name, null, "DELETE", base + local + name, null);
    };
  }

  private static HostileRequest onTask(FuzzTargets targets, Caller caller, SiteCases.OpenTask task) {
    String name = targets.pick(NAMES);
    String value = value(targets);
    String base = "/engine-rest/task/" + task.id() + targets.pick(List.of("/variables", "/localVariables"));
    return switch (targets.random.nextInt(3)) {
      case 0 -> write(targets, caller, task, name, value, "PUT", base + "/" + name, value);
      case 1 -> write(targets, caller, task, name, value, "POST", base, "{\"modifications\":{\"" + name + "\":"
          + value + "},\"deletions\":[\"" + targets.pick(NAMES) + "\"]}");
      default -> write(targets, caller, task, name, null, "DELETE", base + "/" + name, null);
    };
  }

  /** Half well-formed, half not. */
  private static String value(FuzzTargets targets) {
    return targets.random.nextBoolean() ? text("fuzz value") : targets.pick(HostileValues.BAD_VARIABLES);
  }

  /**
   * Refused unless the caller works this task at its site, writes a name that is no system variable, sends a
   * well-formed value and deletes nothing but what it may write.
   */
  private static HostileRequest write(FuzzTargets targets, Caller caller, SiteCases.OpenTask task, String name,
      String value, String method, String path, String body) {
    boolean mayWrite = targets.works(caller, task) && !SystemVariables.NAMES.contains(name)
        && (value == null || value.equals(text("fuzz value"))) && !(body != null && body.contains("deletions")
        && SystemVariables.NAMES.stream().anyMatch(system -> body.contains("[\"" + system + "\"]")));
    return HostileRequest.write(GROUP, caller, method, path, body, mayWrite ? ANY : REFUSE);
  }
}
