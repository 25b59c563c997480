package org.collectivehealing.workflow.startup;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the project's own tables (consent records, their log, the read audit, victim lists) beside the
 * engine's, and on PostgreSQL the indexes and statistics the task queues need at scale. Runs
 * under the start-up lock, first, so that nodes starting together never race on the DDL.
 */
@Component
@Order(50)
public class CreateProjectTablesStep implements StartupStep {

  static final String SCHEMA = "db/collective-healing.sql";
  /** Indexes and planner statistics for the engine's own tables, in PostgreSQL's dialect. */
  static final String POSTGRESQL_TUNING = "db/collective-healing-postgresql.sql";

  private final DataSource dataSource;

  public CreateProjectTablesStep(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run() {
    new ResourceDatabasePopulator(new ClassPathResource(SCHEMA)).execute(dataSource);
    if (isPostgresql()) {
      new ResourceDatabasePopulator(new ClassPathResource(POSTGRESQL_TUNING)).execute(dataSource);
    }
  }

  private boolean isPostgresql() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }
}
