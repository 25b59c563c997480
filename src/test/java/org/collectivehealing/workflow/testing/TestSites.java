package org.collectivehealing.workflow.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.collectivehealing.workflow.casenumber.CaseNumbers;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.collectivehealing.workflow.tenancy.SiteTenancyPlugin;
import org.collectivehealing.workflow.tenancy.TenancyProperties;

/** The five sites as application.yaml defines them, for engine tests that run without Spring. */
public final class TestSites {

  public static final IdentityProperties IDENTITY = new IdentityProperties(sites(), Map.of(
      "command", "Command", "police", "Police", "victim-services", "Victim services",
      "community-partners", "Community partners", "wellness", "Officer wellness"), "camunda-admin", null);

  private TestSites() {
  }

  private static Map<String, IdentityProperties.Site> sites() {
    Map<String, IdentityProperties.Site> sites = new LinkedHashMap<>();
    sites.put("baton-rouge", new IdentityProperties.Site("Baton Rouge", "LA", "BTR"));
    sites.put("houston", new IdentityProperties.Site("Houston", "TX", "HOU"));
    sites.put("minneapolis", new IdentityProperties.Site("Minneapolis", "MN", "MPL"));
    sites.put("oakland", new IdentityProperties.Site("Oakland", "CA", "OAK"));
    sites.put("rapid-city", new IdentityProperties.Site("Rapid City", "SD", "RCY"));
    return sites;
  }

  public static CaseNumbers caseNumbers(ProcessEngine engine) {
    Map<String, String> codes = new LinkedHashMap<>();
    IDENTITY.sites().forEach((id, site) -> codes.put(id, site.code()));
    return new CaseNumbers((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), codes);
  }

  /** Puts engine-test instances under a site as the application does (start them with variable "site"). */
  public static class TenancyPlugin extends SiteTenancyPlugin {

    public TenancyPlugin() {
      super(IDENTITY, new TenancyProperties(List.of("overdue-digest")));
    }
  }
}
