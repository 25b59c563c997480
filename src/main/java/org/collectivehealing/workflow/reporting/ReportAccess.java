package org.collectivehealing.workflow.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may export a site's OVC report: members of the supervisors' group (chw.reporting.supervisor-group) who
 * belong to that site, and administrators. Reads the engine authentication the /api login filter has set.
 */
@Component
class ReportAccess {

  private final IdentityService identity;
  private final IdentityProperties sites;
  private final ReportingProperties properties;

  ReportAccess(IdentityService identity, IdentityProperties sites, ReportingProperties properties) {
    this.identity = identity;
    this.sites = sites;
    this.properties = properties;
  }

  /** 401 without a login, 400 for a site that does not exist, 403 for anyone else. */
  void checkMayExport(String site) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in to export a report");
    }
    if (!sites.sites().containsKey(site)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "site must be one of " + sites.sites().keySet()
          + ", not '" + site + "'");
    }
    boolean administrator = caller.getGroupIds() != null && caller.getGroupIds().contains(sites.adminGroup());
    boolean supervisorThere = caller.getGroupIds() != null
        && caller.getGroupIds().contains(properties.supervisorGroup())
        && caller.getTenantIds() != null && caller.getTenantIds().contains(site);
    if (!administrator && !supervisorThere) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only members of " + properties.supervisorGroup()
          + " at " + site + " and administrators may export its report");
    }
  }
}
