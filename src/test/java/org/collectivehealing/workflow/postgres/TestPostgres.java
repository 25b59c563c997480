package org.collectivehealing.workflow.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real PostgreSQL for integration tests: the server named by {@code CHW_TEST_POSTGRES_URL} (a JDBC URL of
 * its maintenance database, user {@code CHW_TEST_POSTGRES_USER}, default postgres), or else PostgreSQL 16
 * started from Maven artifacts, so that the test command needs nothing installed. Each call of
 * {@link #newDatabase()} gives an empty database of its own.
 */
public final class TestPostgres {

  public record Database(String url, String user, String password) {
  }

  private static final String URL = System.getenv("CHW_TEST_POSTGRES_URL");
  private static final String USER = System.getenv().getOrDefault("CHW_TEST_POSTGRES_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("CHW_TEST_POSTGRES_PASSWORD", "");
  private static EmbeddedPostgres embedded;
  private static final List<String> CREATED = new ArrayList<>();

  private TestPostgres() {
  }

  public static synchronized Database newDatabase() {
    String maintenanceUrl = maintenanceUrl();
    String name = "chw_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
      // -Dchw.test.keep-databases=true leaves them for a look afterwards (EXPLAIN of the benchmark's queries)
      if (CREATED.isEmpty() && !isEmbedded() && !Boolean.getBoolean("chw.test.keep-databases")) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(maintenanceUrl)));
      }
      CREATED.add(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + maintenanceUrl, e);
    }
    return new Database(maintenanceUrl.substring(0, maintenanceUrl.lastIndexOf('/') + 1) + name, USER, PASSWORD);
  }

  /**
   * As an outage does it: the database refuses new connections and drops those it has ({@code true}), or lets
   * them in again ({@code false}). The server and the other tests' databases go on.
   */
  public static void refuseConnections(Database database, boolean refuse) {
    String name = database.url().substring(database.url().lastIndexOf('/') + 1);
    try (Connection connection = DriverManager.getConnection(maintenanceUrl(), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refuse);
      if (refuse) {
        statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change whether " + name + " takes connections", e);
    }
  }

  /** Leaves an external server as it was found; the embedded one goes away with its data anyway. */
  private static synchronized void dropAll(String maintenanceUrl) {
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String name : CREATED) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
    }
  }

  public static boolean isEmbedded() {
    return URL == null || URL.isBlank();
  }

  private static String maintenanceUrl() {
    if (!isEmbedded()) {
      return URL;
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }
}
