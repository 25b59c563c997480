package org.collectivehealing.workflow.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The grants each agency group gets ({@code chw.permissions} in application.yaml). Resource and permission
 * names are those of Camunda's {@code Resources} and permission enums, as shown in the Admin webapp.
 */
@ConfigurationProperties("chw.permissions")
public record PermissionProperties(List<Grant> grants) {

  public record Grant(List<String> groups, String resource, String resourceId, List<String> permissions) {
  }
}
