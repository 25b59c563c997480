package org.collectivehealing.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.collectivehealing.workflow.CollectiveHealingApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A real deployment without a first administrator must not start, and must say what to set. */
@ExtendWith(OutputCaptureExtension.class)
class RequireAdministratorCredentialsTest {

  // the database is never reached: the check runs before any bean is created
  private static final String UNREACHABLE_DB = "--CHW_DB_URL=jdbc:postgresql://127.0.0.1:1/none";

  @Test
  void postgresProfileWithoutAdministratorNamesBothVariables(CapturedOutput output) {
    assertThatThrownBy(() -> start("postgres", UNREACHABLE_DB, "--CHW_ADMIN_ID=", "--CHW_ADMIN_PASSWORD="))
        .isInstanceOf(StartupConfigurationException.class)
        .hasMessageContaining("CHW_ADMIN_ID and CHW_ADMIN_PASSWORD are not set");
    assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
        .contains("Set the environment variables CHW_ADMIN_ID");
  }

  @Test
  void postgresProfileWithoutPasswordNamesThePasswordVariable() {
    assertThatThrownBy(() -> start("postgres", UNREACHABLE_DB, "--CHW_ADMIN_ID=operator", "--CHW_ADMIN_PASSWORD="))
        .isInstanceOf(StartupConfigurationException.class)
        .hasMessageContaining("CHW_ADMIN_PASSWORD is not set")
        .hasMessageNotContaining("CHW_ADMIN_ID is");
  }

  @Test
  void demoUsersNeverRunOnARealDatabase() {
    assertThatThrownBy(() -> start("postgres,demo", UNREACHABLE_DB, "--CHW_ADMIN_ID=operator",
        "--CHW_ADMIN_PASSWORD=Str0ng-Enough!pw"))
        .isInstanceOf(StartupConfigurationException.class)
        .hasMessageContaining("'postgres' and 'demo' cannot be combined");
  }

  private static void start(String profiles, String... arguments) {
    new SpringApplicationBuilder(CollectiveHealingApplication.class).profiles(profiles.split(",")).run(arguments)
        .close();
  }
}
