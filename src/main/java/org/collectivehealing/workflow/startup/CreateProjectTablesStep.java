package org.collectivehealing.workflow.startup;

import javax.sql.DataSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the project's own tables (consent records, their log, the read audit) beside the engine's. Runs
 * under the start-up lock, first, so that nodes starting together never race on the DDL.
 */
@Component
@Order(50)
public class CreateProjectTablesStep implements StartupStep {

  static final String SCHEMA = "db/collective-healing.sql";

  private final DataSource dataSource;

  public CreateProjectTablesStep(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run() {
    new ResourceDatabasePopulator(new ClassPathResource(SCHEMA)).execute(dataSource);
  }
}
