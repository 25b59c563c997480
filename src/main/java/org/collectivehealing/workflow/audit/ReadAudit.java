package org.collectivehealing.workflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The read audit in table chw_read_audit (db/collective-healing.sql): records reads and lists them. */
@Service
public class ReadAudit {

  /** What to list: each criterion left null matches every record. */
  public record Criteria(String caseKey, String userId, Instant from) {
  }

  private final JdbcTemplate jdbc;

  public ReadAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String userId, VictimCase victimCase, String resource) {
    jdbc.update("INSERT INTO chw_read_audit (id, read_at, user_id, tenant_id, case_key, resource)"
            + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), Timestamp.from(Instant.now()), userId,
        victimCase.tenantId(), victimCase.caseKey(), resource);
  }

  /** Newest first; {@code page} counts from 0. */
  public List<ReadRecord> find(Criteria criteria, int page, int size) {
    StringBuilder sql = new StringBuilder(
        "SELECT id, read_at, user_id, tenant_id, case_key, resource FROM chw_read_audit WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (criteria.caseKey() != null) {
      sql.append(" AND case_key = ?");
      arguments.add(criteria.caseKey());
    }
    if (criteria.userId() != null) {
      sql.append(" AND user_id = ?");
      arguments.add(criteria.userId());
    }
    if (criteria.from() != null) {
      sql.append(" AND read_at >= ?");
      arguments.add(Timestamp.from(criteria.from()));
    }
    sql.append(" ORDER BY read_at DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY");
    arguments.add((long) page * size);
    arguments.add(size);
    return jdbc.query(sql.toString(), (row, n) -> new ReadRecord(row.getString("id"),
        row.getTimestamp("read_at").toInstant(), row.getString("user_id"), row.getString("tenant_id"),
        row.getString("case_key"), row.getString("resource")), arguments.toArray());
  }
}
