package org.collectivehealing.workflow.tenancy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.collectivehealing.workflow.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/** Installs the {@link SiteTenantIdProvider}: models are shared by all sites, instances belong to one. */
@Component
public class SiteTenancyPlugin extends AbstractProcessEnginePlugin {

  private final IdentityProperties identity;
  private final TenancyProperties tenancy;

  public SiteTenancyPlugin(IdentityProperties identity, TenancyProperties tenancy) {
    this.identity = identity;
    this.tenancy = tenancy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new SiteTenantIdProvider(identity, tenancy));
  }
}
