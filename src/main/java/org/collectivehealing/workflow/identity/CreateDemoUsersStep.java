package org.collectivehealing.workflow.identity;

import java.util.List;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per agency and site ({@code advocate-houston}, password equal to the id), member of its
 * agency and its site, and the extra ones (chw.demo.extra-users: {@code supervisor-houston}). Exists only in
 * the embedded demo profile: never on a real database.
 */
@Component
@Profile("demo")
@Order(220)
public class CreateDemoUsersStep implements StartupStep {

  private final UserAccounts accounts;
  private final IdentityProperties identity;
  private final DemoUsersProperties demo;

  public CreateDemoUsersStep(UserAccounts accounts, IdentityProperties identity, DemoUsersProperties demo) {
    this.accounts = accounts;
    this.identity = identity;
    this.demo = demo;
  }

  @Override
  public void run() {
    demo.rolesByAgency().forEach((agency, role) -> createAtEverySite(role, List.of(agency)));
    if (demo.extraUsers() != null) {
      demo.extraUsers().forEach(this::createAtEverySite);
    }
  }

  private void createAtEverySite(String role, List<String> groups) {
    identity.sites().forEach((siteId, site) -> {
      String userId = role + "-" + siteId;
      accounts.createIfMissing(userId, userId, capitalised(role), site.name(), userId + "@demo.invalid");
      groups.forEach(group -> accounts.addToGroup(userId, group));
      accounts.addToSite(userId, siteId);
    });
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
