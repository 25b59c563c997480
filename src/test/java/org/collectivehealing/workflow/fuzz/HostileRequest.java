package org.collectivehealing.workflow.fuzz;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * One malformed or hostile request and what must come of it. {@code path} is under the application root
 * (e.g. /engine-rest/task); a webapp request is the same engine REST call sent through Tasklist's session.
 */
record HostileRequest(String group, String method, String path, Caller caller, String contentType, String body,
    boolean write, Expect expect, Transport transport, AfterAccepted afterAccepted) {

  /** What the caller may get at most. */
  enum Expect {
    /** any 2xx is a leak or a forbidden write */
    REFUSE,
    /** a 2xx may only be an empty list or a count of 0 */
    NO_ROWS,
    /** a 2xx may only be one that changes nothing (checked like a refused write) */
    NO_EFFECT,
    /** the caller may be given it; only the general rules apply */
    ANY
  }

  enum Transport { REST, RAW_SOCKET, WEBAPP }

  /** A check of an accepted request whose outcome is known: a violation, or null when it is fine. */
  @FunctionalInterface
  interface AfterAccepted {
    String violation(Answer answer, ProcessEngine engine);
  }

  static final String JSON = "application/json";

  static HostileRequest read(String group, Caller caller, String path, Expect expect) {
    return new HostileRequest(group, "GET", path, caller, null, null, false, expect, Transport.REST, null);
  }

  /** A POST that only queries (Camunda's query endpoints take their filters as a body). */
  static HostileRequest query(String group, Caller caller, String path, String body, Expect expect) {
    return new HostileRequest(group, "POST", path, caller, JSON, body, false, expect, Transport.REST, null);
  }

  static HostileRequest write(String group, Caller caller, String method, String path, String body, Expect expect) {
    return new HostileRequest(group, method, path, caller, body == null ? null : JSON, body, true, expect,
        Transport.REST, null);
  }

  HostileRequest contentType(String type) {
    return new HostileRequest(group, method, path, caller, type, body, write, expect, transport, afterAccepted);
  }

  HostileRequest raw() {
    return new HostileRequest(group, method, path, caller, contentType, body, write, expect, Transport.RAW_SOCKET,
        afterAccepted);
  }

  HostileRequest throughWebapp() {
    return new HostileRequest("webapp engine API", method,
        path.replaceFirst("^/engine-rest", "/camunda/api/engine/engine/default"), caller, contentType, body, write,
        expect, Transport.WEBAPP, afterAccepted);
  }

  HostileRequest afterAccepted(AfterAccepted check) {
    return new HostileRequest(group, method, path, caller, contentType, body, write, expect, transport, check);
  }

  String describe() {
    return method + " " + path + " as " + caller.label() + (transport == Transport.WEBAPP ? " (webapp session)" : "")
        + (body == null ? "" : " body " + Excerpt.of(body, 700)) + (contentType == null || contentType.equals(JSON)
        ? "" : " [" + contentType + "]");
  }
}
