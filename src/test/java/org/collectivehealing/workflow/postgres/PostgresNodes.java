package org.collectivehealing.workflow.postgres;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.collectivehealing.workflow.CollectiveHealingApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application as an operator would: profile postgres, settings from the environment. */
public final class PostgresNodes {

  public static final String ADMIN_ID = "operator";
  public static final String ADMIN_PASSWORD = "Str0ng-Enough!pw";

  private PostgresNodes() {
  }

  /** @param overrides settings as {@code NAME=value}, replacing the defaults of the same name */
  public static ConfigurableApplicationContext start(TestPostgres.Database database, String... overrides) {
    return application().run(arguments(database, overrides));
  }

  /**
   * Adds caseworkers to a started node: user id to {agency group, site tenant}, each with its password.
   */
  public static void addUsers(ConfigurableApplicationContext node, Map<String, String[]> users,
      Function<String, String> passwords) {
    IdentityService identity = node.getBean(IdentityService.class);
    users.forEach((id, groupAndSite) -> {
      User user = identity.newUser(id);
      user.setPassword(passwords.apply(id));
      identity.saveUser(user);
      identity.createMembership(id, groupAndSite[0]);
      identity.createTenantUserMembership(groupAndSite[1], id);
    });
  }

  static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(CollectiveHealingApplication.class).profiles("postgres");
  }

  static String[] arguments(TestPostgres.Database database, String... overrides) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("CHW_DB_URL", database.url());
    settings.put("CHW_DB_USER", database.user());
    settings.put("CHW_DB_PASSWORD", database.password());
    settings.put("CHW_ADMIN_ID", ADMIN_ID);
    settings.put("CHW_ADMIN_PASSWORD", ADMIN_PASSWORD);
    for (String override : overrides) {
      int equals = override.indexOf('=');
      settings.put(override.substring(0, equals), override.substring(equals + 1));
    }
    // a repeated command-line option would be joined with a comma, hence one argument per name
    return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }
}
