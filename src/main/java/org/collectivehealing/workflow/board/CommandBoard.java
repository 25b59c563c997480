package org.collectivehealing.workflow.board;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the board shows, for whoever may open Cockpit (command staff and administrators): the same engine
 * permission that lets them into Cockpit lets them see the board, and everything on it is read as them.
 */
@Component
public class CommandBoard {

  /** Why a caller does not get the board; the API answers it as 401 or 403 with this message. */
  static class RefusedException extends RuntimeException {
    final boolean loggedIn;

    RefusedException(boolean loggedIn, String message) {
      super(message);
      this.loggedIn = loggedIn;
    }
  }

  private final OpenWork openWork;
  private final DeadlineRecord deadlines;
  private final IncidentTimeline timeline;

  CommandBoard(OpenWork openWork, DeadlineRecord deadlines, IncidentTimeline timeline) {
    this.openWork = openWork;
    this.deadlines = deadlines;
    this.timeline = timeline;
  }

  OpenWork.Overview overview(ProcessEngine engine) {
    requireCockpitAccess(engine);
    return openWork.overview(engine);
  }

  DeadlineRecord.Deadlines deadlines(ProcessEngine engine) {
    requireCockpitAccess(engine);
    return deadlines.deadlines(engine);
  }

  IncidentTimeline.Timeline timeline(ProcessEngine engine, String caseNumber) {
    requireCockpitAccess(engine);
    return timeline.timeline(engine, caseNumber);
  }

  private static void requireCockpitAccess(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new RefusedException(false, "Log in to see the command board");
    }
    if (!engine.getAuthorizationService().isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")) {
      throw new RefusedException(true, "The command board is for those who may open Cockpit: command staff and"
          + " administrators");
    }
  }
}
