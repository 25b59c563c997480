package org.collectivehealing.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.collectivehealing.workflow.startup.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration ({@code CHW_ADMIN_ID}, {@code CHW_ADMIN_PASSWORD}
 * under the postgres profile) when that user does not exist yet. An existing administrator keeps the
 * password set in the Admin webapp: the variables only seed an empty database.
 */
@Component
@Order(210)
public class CreateFirstAdministratorStep implements StartupStep {

  private final IdentityService identityService;
  private final UserAccounts accounts;
  private final IdentityProperties properties;

  public CreateFirstAdministratorStep(IdentityService identityService, UserAccounts accounts,
      IdentityProperties properties) {
    this.identityService = identityService;
    this.accounts = accounts;
    this.properties = properties;
  }

  @Override
  public void run() {
    IdentityProperties.Administrator admin = properties.admin();
    if (admin == null || !admin.isConfigured()) {
      return;
    }
    if (identityService.createUserQuery().userId(admin.id()).count() == 0) {
      if (identityService.getPasswordPolicy() != null) {
        PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(admin.password());
        if (!policy.isValid()) {
          throw new IllegalStateException("CHW_ADMIN_PASSWORD does not meet the password policy: "
              + describe(policy));
        }
      }
      accounts.createIfMissing(admin.id(), admin.password(), "Site", "Administrator", null);
    }
    accounts.addToGroup(admin.id(), properties.adminGroup());
  }

  private static String describe(PasswordPolicyResult policy) {
    StringBuilder text = new StringBuilder();
    policy.getViolatedRules().forEach(rule -> text.append(text.isEmpty() ? "" : ", ")
        .append(rule.getPlaceholder()).append(' ').append(rule.getParameters()));
    return text.toString();
  }
}
