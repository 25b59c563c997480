package org.collectivehealing.workflow.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The webapps' engine API (/camunda/api/engine/engine/default/…) is a second door to the same engine: a
 * sample of the engine REST requests above, sent by the same caseworkers through their Tasklist session (with
 * the XSRF token Tasklist sends), and by strangers without a session. The same rules hold.
 */
final class WebappRequests {

  static final int SAMPLE = 300;

  private WebappRequests() {
  }

  static List<HostileRequest> sample(FuzzTargets targets, List<HostileRequest> restRequests) {
    List<HostileRequest> candidates = new ArrayList<>(restRequests.stream()
        .filter(r -> r.transport() == HostileRequest.Transport.REST && r.path().startsWith("/engine-rest/"))
        .filter(r -> r.body() == null || r.body().length() < 10_000)
        .filter(r -> !r.caller().isStranger() || targets.random.nextInt(10) == 0)
        .toList());
    java.util.Collections.shuffle(candidates, targets.random);
    return candidates.subList(0, Math.min(SAMPLE, candidates.size())).stream().map(HostileRequest::throughWebapp)
        .toList();
  }
}
