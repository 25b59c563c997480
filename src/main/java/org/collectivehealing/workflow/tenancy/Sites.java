package org.collectivehealing.workflow.tenancy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/** What models need to know of a site, as {@code ${sites.state(execution.tenantId)}}. */
@Component("sites")
public class Sites {

  private final IdentityProperties identity;

  public Sites(IdentityProperties identity) {
    this.identity = identity;
  }

  /** @return the two-letter state of the site, for state-specific rules such as the rights notice */
  public String state(String tenantId) {
    IdentityProperties.Site site = identity.sites().get(tenantId);
    if (site == null) {
      throw new ProcessEngineException("'" + tenantId + "' is not a site");
    }
    return site.state();
  }
}
