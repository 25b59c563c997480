package org.collectivehealing.workflow.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sites (tenants), agencies (groups) and administrators the application keeps in the engine's identity
 * service; see {@code chw.identity} in application.yaml.
 *
 * @param sites tenant id to site
 * @param agencies group id to display name, in the order Tasklist shows them
 * @param adminGroup the group whose members administer everything
 * @param admin the first administrator, created when missing
 */
@ConfigurationProperties("chw.identity")
public record IdentityProperties(Map<String, Site> sites, Map<String, String> agencies, String adminGroup,
    Administrator admin) {

  /** The site's name for people (Houston), or the tenant id itself for a tenant that is no configured site. */
  public String siteName(String tenantId) {
    Site site = sites.get(tenantId);
    return site == null ? tenantId : site.name();
  }

  /** @param code the short prefix of the site's case numbers, e.g. HOU */
  public record Site(String name, String state, String code) {
  }

  public record Administrator(String id, String password) {

    public boolean isConfigured() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }
}
