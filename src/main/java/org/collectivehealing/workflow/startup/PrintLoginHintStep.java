package org.collectivehealing.workflow.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the person who just ran the quick start where to go and how to log in. */
@Component
@Profile("demo")
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
