package org.collectivehealing.workflow.fuzz;

import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.ANY;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.NO_ROWS;
import static org.collectivehealing.workflow.fuzz.HostileRequest.Expect.REFUSE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading: list queries filtered by confidential variables (a right prefix answering 1 row and a wrong one 0
 * tells the value), broken paging and sorting, trailing slashes and matrix parameters, other sites' ids, and
 * paths with %00 and %ZZ.
 */
final class QueryRequests {

  static final String GROUP = "queries";
  private static final List<String> CONFIDENTIAL = List.of("contactLastName", "advocateNotes");
  private static final List<String> LISTS = List.of("/process-instance", "/history/process-instance", "/task",
      "/history/task", "/variable-instance", "/history/variable-instance", "/execution", "/job", "/incident",
      "/history/detail");

  private QueryRequests() {
  }

  static List<HostileRequest> generate(FuzzTargets targets) {
    List<HostileRequest> requests = new ArrayList<>();
    for (Caller caller : targets.everyone) {
      // strangers are refused at the door: one site's filters are enough for them
      for (String site : caller.isStranger() ? List.of(targets.pick(FuzzTargets.SITES)) : FuzzTargets.SITES) {
        variableFilters(targets, caller, targets.site(site), requests);
      }
      brokenPaging(targets, caller, requests);
      otherSiteResources(targets, caller, requests);
      oddPaths(targets, caller, requests);
    }
    return requests;
  }

  /** Each confidential variable through each door that filters by value; expected: rows only for readers. */
  private static void variableFilters(FuzzTargets targets, Caller caller, SiteCases cases,
      List<HostileRequest> requests) {
    for (String variable : CONFIDENTIAL) {
      String value = secret(cases, variable);
      String prefix = value.substring(0, 4);
      HostileRequest.Expect expect = FuzzTargets.readsVictimVariable(caller, cases.site(), variable) ? ANY : NO_ROWS;
      String like = encode(variable + "_like_" + prefix + "%");
      String equal = encode(variable + "_eq_" + value);
      for (String path : List.of("/process-instance?variables=" + like, "/history/process-instance?variables="
          + like, "/task?processVariables=" + like, "/history/task?processVariables=" + equal,
          "/process-instance/count?variables=" + equal, "/execution?variables=" + like,
          "/variable-instance?variableValues=" + like, "/history/variable-instance?variableName=" + variable
              + "&variableValue=" + encode(value))) {
        requests.add(HostileRequest.read(GROUP, caller, "/engine-rest" + path, expect));
      }
      String filter = "[{\"name\":\"" + variable + "\",\"operator\":\"like\",\"value\":\"" + prefix + "%\"}]";
      requests.add(HostileRequest.query(GROUP, caller, "/engine-rest/process-instance", "{\"variables\":" + filter
          + "}", expect));
      requests.add(HostileRequest.query(GROUP, caller, "/engine-rest/task", "{\"processVariables\":" + filter
          + "}", expect));
      requests.add(HostileRequest.query(GROUP, caller, "/engine-rest/history/process-instance",
          "{\"variables\":" + filter + "}", expect));
    }
  }

  private static void brokenPaging(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    for (String parameters : List.of("firstResult=-5", "maxResults=-1", "firstResult=abc", "maxResults=99999999999",
        "sortBy=noSuchField&sortOrder=asc", "sortOrder=sideways", "sortBy=instanceId", "processInstanceIds=,,,")) {
      requests.add(HostileRequest.read(GROUP, caller, "/engine-rest" + targets.pick(LISTS) + "?" + parameters,
          ANY));
    }
    requests.add(HostileRequest.query(GROUP, caller, "/engine-rest/process-instance?firstResult=-5",
        "{\"sorting\":[{\"sortBy\":\"noSuchField\",\"sortOrder\":\"asc\"}]}", ANY));
    requests.add(HostileRequest.query(GROUP, caller, "/engine-rest/history/variable-instance", "{\"variableName\":",
        ANY));
  }

  /** Another site's instance, task and variables by id, through the plain path and through odd spellings. */
  private static void otherSiteResources(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    SiteCases other = targets.otherThan(caller);
    SiteCases.Instance victim = other.instance("victim-support");
    SiteCases.OpenTask task = targets.pick(other.tasks());
    for (String path : List.of("/process-instance/" + victim.id(), "/process-instance/" + victim.id()
        + "/variables", "/process-instance/" + victim.id() + "/variables/", "/process-instance/" + victim.id()
        + "/variables;x=1", "/process-instance/" + victim.id() + "/variables/contactLastName/",
        "/task/" + task.id(), "/task/" + task.id() + "/variables", "/task/" + task.id() + "/form-variables",
        "/task/" + task.id() + "/variables/", "/history/process-instance/" + victim.id())) {
      requests.add(HostileRequest.read(GROUP, caller, "/engine-rest" + path, REFUSE));
    }
    for (String path : List.of("/history/variable-instance/?processInstanceId=" + victim.id(),
        "/variable-instance/?processInstanceIdIn=" + victim.id(), "/task?processInstanceId=" + victim.id(),
        "/history/task?processInstanceId=" + victim.id(), "/job?processInstanceId=" + victim.id(),
        "/history/detail?processInstanceId=" + victim.id())) {
      requests.add(HostileRequest.read(GROUP, caller, "/engine-rest" + path, NO_ROWS));
    }
    requests.add(HostileRequest.read(GROUP, caller, "/engine-rest/task/abc/variables", REFUSE));
    requests.add(HostileRequest.read(GROUP, caller, "/engine-rest/process-instance/abc/variables", REFUSE));
  }

  /** Escapes java.net.URI will not even build: sent on a raw socket. */
  private static void oddPaths(FuzzTargets targets, Caller caller, List<HostileRequest> requests) {
    SiteCases own = targets.site(caller.isStranger() ? "houston" : caller.site());
    for (String path : List.of("/engine-rest/task/%ZZ", "/engine-rest/process-instance/%00/variables",
        "/engine-rest/task?processVariables=contactLastName_like_%ZZ", "/engine-rest/process-instance/"
            + own.instance("victim-support").id() + "/variables/%00",
        "/engine-rest/history/variable-instance?variableName=%ZZ")) {
      requests.add(HostileRequest.read(GROUP, caller, path, NO_ROWS).raw());
    }
  }

  static String secret(SiteCases cases, String variable) {
    return switch (variable) {
      case "contactLastName" -> cases.secrets().lastName();
      default -> cases.secrets().advocateNote();
    };
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
