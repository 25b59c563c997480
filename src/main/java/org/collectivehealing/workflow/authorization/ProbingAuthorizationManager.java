package org.collectivehealing.workflow.authorization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, but it learns which of the user's groups hold any authorization with one
 * index probe per group instead of reading the distinct groups of the whole authorization table.
 *
 * <p>Camunda asks that question once per command, to leave groups without authorizations out of every check.
 * Its query ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) reads every row; with a per-task
 * authorization for each open task's candidate group, that is 100,000 rows and 25 ms per command at a
 * mass-casualty scale (README, "Benchmark"), and Tasklist's queue runs several commands. The answer is the
 * same: the user's groups that appear in the table.
 */
public class ProbingAuthorizationManager extends AuthorizationManager {

  // EXISTS without FROM: PostgreSQL and H2, the two databases this application runs on
  private static final String HOLDS_ANY = "SELECT CASE WHEN EXISTS (SELECT 1 FROM %sACT_RU_AUTHORIZATION"
      + " WHERE GROUP_ID_ = ?) THEN 1 ELSE 0 END";

  /** Per command, as the engine's own answer is: a grant made in another command shows at the next one. */
  private final Map<String, Boolean> holdsAny = new HashMap<>();

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return Collections.emptyList();
    }
    List<String> holding = new ArrayList<>();
    for (String group : new LinkedHashSet<>(authenticatedGroupIds)) {
      if (group != null && holdsAny.computeIfAbsent(group, this::holdsAnyAuthorization)) {
        holding.add(group);
      }
    }
    return holding;
  }

  private boolean holdsAnyAuthorization(String group) {
    String sql = String.format(HOLDS_ANY, Context.getProcessEngineConfiguration().getDatabaseTablePrefix());
    Connection connection = getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, group);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getInt(1) == 1;
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not look up the authorizations of group '" + group + "'", e);
    }
  }
}
