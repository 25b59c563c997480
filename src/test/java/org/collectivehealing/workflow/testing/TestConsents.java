package org.collectivehealing.workflow.testing;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.collectivehealing.workflow.consent.ConsentRegistry;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The consent registry for engine tests that run without Spring: on the test engine's own database, with the
 * project's tables created as start-up creates them, and emptied so that no test sees another's consent.
 */
public final class TestConsents {

  private TestConsents() {
  }

  public static ConsentRegistry emptyRegistry(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    new ResourceDatabasePopulator(new ClassPathResource("db/collective-healing.sql")).execute(dataSource);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("DELETE FROM chw_consent_log");
    jdbc.update("DELETE FROM chw_consent");
    return new ConsentRegistry(jdbc);
  }
}
