package org.collectivehealing.workflow.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just started the application that it is ready, where to go and how to log in: the demo
 * users in the quick start, the administrator and caseworkers' accounts on a real database.
 */
@Component
@Order(10_000)
public class PrintLoginHintStep implements StartupStep {

  private static final Logger LOG = LoggerFactory.getLogger(PrintLoginHintStep.class);

  private final Environment environment;

  public PrintLoginHintStep(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      return; // no web server (a test without one)
    }
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      LOG.info("""

          ==========================================================================
            Collective Healing Workflow is ready
            Tasklist:  http://localhost:{}/camunda/app/tasklist/
            Admin:     http://localhost:{}/camunda/app/admin/ (caseworkers' accounts)
            Log in with your account; the first administrator is CHW_ADMIN_ID
          ==========================================================================""", port, port);
      return;
    }
    LOG.info("""

        ==========================================================================
          Collective Healing Workflow is ready (demo data, embedded database)
          Tasklist:  http://localhost:{}/camunda/app/tasklist/
          Cockpit:   http://localhost:{}/camunda/app/cockpit/
          Log in as <role>-<site>, password = user id, e.g. advocate-houston
          (roles: commander, officer, advocate, partner, peer; admin/admin)
        ==========================================================================""", port, port);
  }
}
