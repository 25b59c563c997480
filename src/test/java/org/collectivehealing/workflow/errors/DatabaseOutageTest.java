package org.collectivehealing.workflow.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database's absence (503, try again) and which are not (the request's or a bug). */
class DatabaseOutageTest {

  @Test
  void noConnectionToBeHadIsAnOutageHoweverDeepItIsWrapped() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    assertThat(DatabaseOutage.isCauseOf(refused)).isTrue();
    assertThat(DatabaseOutage.isCauseOf(new CannotCreateTransactionException("Could not open JDBC Connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("persistence",
        new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))))
        .isTrue();
    assertThat(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.reasonOf(new ProcessEngineException("outer", refused)))
        .isEqualTo("Connection to 127.0.0.1:5432 refused");
  }

  @Test
  void aStatementOnADroppedConnectionIsAnOutageThoughItsRollbackHidesIt() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend",
        "08006"));
    assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("persistence", rollback))).isTrue();

    TransactionSystemException otherRollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    otherRollback.initApplicationException(new IllegalStateException("a bug"));
    assertThat(DatabaseOutage.isCauseOf(otherRollback)).isFalse();
  }

  @Test
  void aRefusedStatementOrABugIsNot() {
    assertThat(DatabaseOutage.isCauseOf(new SQLException("duplicate key value", "23505"))).isFalse();
    assertThat(DatabaseOutage.isCauseOf(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("ENGINE-03004 something else"))).isFalse();
    assertThat(DatabaseOutage.isCauseOf(null)).isFalse();
  }
}
