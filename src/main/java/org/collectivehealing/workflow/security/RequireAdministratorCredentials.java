package org.collectivehealing.workflow.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a real deployment (profile {@code postgres}) before it touches the database when nobody has said
 * who the first administrator is, and refuses demo users with known passwords on a real database.
 */
public class RequireAdministratorCredentials implements EnvironmentPostProcessor, Ordered {

  static final String ID_VARIABLE = "CHW_ADMIN_ID";
  static final String PASSWORD_VARIABLE = "CHW_ADMIN_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new StartupConfigurationException("The profiles 'postgres' and 'demo' cannot be combined: demo users"
          + " have known passwords and must never exist on a real database.",
          "Start with the profile 'postgres' alone.");
    }
    List<String> missing = new ArrayList<>();
    if (isBlank(environment.getProperty("chw.identity.admin.id"))) {
      missing.add(ID_VARIABLE);
    }
    if (isBlank(environment.getProperty("chw.identity.admin.password"))) {
      missing.add(PASSWORD_VARIABLE);
    }
    if (!missing.isEmpty()) {
      throw new StartupConfigurationException("The profile 'postgres' needs a first administrator, and "
          + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not set.",
          "Set the environment variables " + ID_VARIABLE + " (the administrator's user id) and "
              + PASSWORD_VARIABLE + " (at least 10 characters with upper and lower case, a digit and a"
              + " special character), then start again. They create the administrator on an empty"
              + " database and are ignored once that user exists.");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public int getOrder() {
    // after the configuration files and profiles are loaded
    return Ordered.LOWEST_PRECEDENCE;
  }
}
