package org.collectivehealing.workflow.tenancy;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collectivehealing.workflow.identity.IdentityProperties;

/**
 * Puts every instance under its site's tenant, so that the engine's tenant check keeps each site's cases
 * to its own users. The site is the starting user's site (a Houston commander can only open a Houston
 * incident); a user without a site (an administrator, a system call) must name it in the variable
 * {@value #SITE_VARIABLE}. Instances started from another instance inherit its site.
 */
public class SiteTenantIdProvider implements TenantIdProvider {

  public static final String SITE_VARIABLE = "site";

  private final IdentityProperties identity;
  private final TenancyProperties tenancy;

  public SiteTenantIdProvider(IdentityProperties identity, TenancyProperties tenancy) {
    this.identity = identity;
    this.tenancy = tenancy;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object named = ctx.getVariables().get(SITE_VARIABLE);
    String requested = named == null || named.toString().isBlank() ? null : named.toString();
    List<String> userSites = userSites();
    if (userSites.size() == 1) {
      String site = userSites.get(0);
      if (requested != null && !requested.equals(site)) {
        throw new FormFieldValidationException(SITE_VARIABLE, "site: you may only open cases of your own site '" + site
            + "', not '" + requested + "'");
      }
      return site;
    }
    if (requested == null && userSites.isEmpty() && allSites(ctx)) {
      // started by the engine itself (a timer), for every site: the process's work says which site is whose
      return null;
    }
    if (requested == null) {
      throw new FormFieldValidationException(SITE_VARIABLE, "site: say which site this case belongs to, one of "
          + identity.sites().keySet());
    }
    if (!identity.sites().containsKey(requested)) {
      throw new FormFieldValidationException(SITE_VARIABLE, "site: '" + requested + "' is not a site; use one of "
          + identity.sites().keySet());
    }
    return requested;
  }

  private boolean allSites(TenantIdProviderProcessInstanceContext ctx) {
    return ctx.getProcessDefinition() != null && tenancy.allSitesProcesses() != null
        && tenancy.allSitesProcesses().contains(ctx.getProcessDefinition().getKey());
  }

  private List<String> userSites() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getTenantIds() == null) {
      return List.of();
    }
    return authentication.getTenantIds().stream().filter(identity.sites()::containsKey).toList();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    if (ctx.getExecution() != null) {
      return ctx.getExecution().getTenantId();
    }
    return null;
  }
}
