package org.collectivehealing.workflow.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Serialises the start-up of nodes that share one PostgreSQL database. Camunda's schema creation is not
 * safe when two engines run it at once, and neither are our identity and permission bootstraps, so the
 * first node takes a session-level advisory lock before the engine touches the schema and keeps it until
 * its {@link StartupSequence} is done; a second node waits, then finds everything in place. Other
 * databases (the embedded H2 of the quick start) serve one node only and need no lock.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** Arbitrary but fixed key: "chw-boot" in ASCII. */
  private static final long LOCK_KEY = 0x6368772d626f6f74L;

  private final DataSource dataSource;
  private Connection lockHolder;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (lockHolder != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      try (Statement statement = connection.createStatement()) {
        if (!taken(statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")"))) {
          // only when another node really holds it: a lone node has nothing to wait for and says nothing
          LOG.info("Another node is starting on this database; this one starts when it is done");
          statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
        }
      }
      lockHolder = connection;
      LOG.info("Start-up lock taken");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock on the database", e);
    }
  }

  private static boolean taken(java.sql.ResultSet answer) throws SQLException {
    try (answer) {
      return answer.next() && answer.getBoolean(1);
    }
  }

  public synchronized void release() {
    if (lockHolder == null) {
      return;
    }
    try (Connection connection = lockHolder; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      // ending the session frees a session-level advisory lock; never hand a locked session back to the pool
      LOG.warn("Releasing the start-up lock failed; ending its database session instead", e);
      abort(lockHolder);
    } finally {
      lockHolder = null;
    }
  }

  private static void abort(Connection connection) {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException e) {
      LOG.warn("Could not end the database session holding the start-up lock", e);
    }
  }

  @Override
  public void destroy() {
    release();
  }
}
