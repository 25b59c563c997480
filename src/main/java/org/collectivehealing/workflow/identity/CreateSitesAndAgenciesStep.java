package org.collectivehealing.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the site tenants and agency groups that are missing; existing ones are left as they are. */
@Component
@Order(200)
public class CreateSitesAndAgenciesStep implements StartupStep {

  private final IdentityService identityService;
  private final UserAccounts accounts;
  private final IdentityProperties properties;

  public CreateSitesAndAgenciesStep(IdentityService identityService, UserAccounts accounts,
      IdentityProperties properties) {
    this.identityService = identityService;
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void run() {
    properties.sites().forEach((id, site) -> {
      if (identityService.createTenantQuery().tenantId(id).count() == 0) {
        Tenant tenant = identityService.newTenant(id);
        tenant.setName(site.name());
        identityService.saveTenant(tenant);
      }
    });
    properties.agencies().forEach((id, name) -> accounts.createGroupIfMissing(id, name, Groups.GROUP_TYPE_WORKFLOW));
    accounts.createGroupIfMissing(properties.adminGroup(), "Administrators", Groups.GROUP_TYPE_SYSTEM);
  }
}
