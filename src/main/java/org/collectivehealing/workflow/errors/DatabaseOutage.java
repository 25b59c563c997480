package org.collectivehealing.workflow.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure that is the database's absence from one of the request or of the server: no connection to be
 * had (the pool's wait ran out, the server refused it, dropped it, is shutting down or starting up). Every door
 * answers such a call 503 with Retry-After instead of 500, so that a client sends it again (an upload under the
 * same Idempotency-Key opens nothing twice) and an operator sees an outage, not a bug.
 */
public final class DatabaseOutage {

  public static final int STATUS = 503;
  public static final String TYPE = "DatabaseUnavailable";
  public static final String RETRY_AFTER_SECONDS = "5";
  public static final String MESSAGE = "The database cannot be reached at the moment, so this call could not be "
      + "completed; send it again in a few seconds";
  /** SQLSTATE class 08 (connection exception), and admin_shutdown, crash_shutdown, cannot_connect_now. */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {
  }

  public static boolean isCauseOf(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState()))) {
        return true;
      }
      // a statement on a dropped connection: the pool closes it, so the rollback fails ("Connection is closed")
      // and Spring keeps the statement's own error beside the rollback's
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && isCauseOf(rollback.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message, for a log line that says why without a stack trace per waiting request. */
  public static String reasonOf(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
