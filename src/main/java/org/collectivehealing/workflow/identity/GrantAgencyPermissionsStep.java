package org.collectivehealing.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants the configured permissions to the agency groups, and everything to the administrators. Unknown
 * resource or permission names stop the start with a message naming them.
 */
@Component
@Order(300)
public class GrantAgencyPermissionsStep implements StartupStep {

  private final AuthorizationService authorizationService;
  private final PermissionProperties permissions;
  private final IdentityProperties identity;

  public GrantAgencyPermissionsStep(AuthorizationService authorizationService, PermissionProperties permissions,
      IdentityProperties identity) {
    this.authorizationService = authorizationService;
    this.permissions = permissions;
    this.identity = identity;
  }

  @Override
  public void run() {
    for (Resources resource : Resources.values()) {
      Grants.grant(authorizationService, identity.adminGroup(), resource, "*", List.of(Permissions.ALL));
    }
    for (PermissionProperties.Grant grant : permissions.grants()) {
      Resource resource = resource(grant.resource());
      List<Permission> granted = grant.permissions().stream().map(name -> permission(name, resource)).toList();
      for (String group : grant.groups()) {
        if (!identity.agencies().containsKey(group)) {
          throw new IllegalStateException("chw.permissions names unknown group '" + group + "'");
        }
        Grants.grant(authorizationService, group, resource, grant.resourceId(), granted);
      }
    }
  }

  private static Resource resource(String name) {
    try {
      return Resources.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("chw.permissions names unknown resource '" + name + "'", e);
    }
  }

  private static Permission permission(String name, Resource resource) {
    try {
      return ResourceTypeUtil.getPermissionByNameAndResourceType(name, resource.resourceType());
    } catch (RuntimeException e) {
      throw new IllegalStateException("chw.permissions: '" + name + "' is not a permission of " + resource, e);
    }
  }
}
