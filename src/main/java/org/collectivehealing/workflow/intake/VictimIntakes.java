package org.collectivehealing.workflow.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The uploads (table chw_victim_intake): one per idempotency key and site. Through JdbcTemplate on the
 * application's DataSource, so an upload is recorded in the same transaction as the cases it opens, or not at all.
 */
@Component
class VictimIntakes {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An earlier upload under the key: the list it carried (as a hash) and what it opened. */
  record Earlier(String requestHash, IntakeResult result) {
  }

  private final JdbcTemplate jdbc;

  VictimIntakes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Earlier> find(String tenantId, String idempotencyKey) {
    return jdbc.query("SELECT request_hash, result FROM chw_victim_intake WHERE tenant_id = ? AND idempotency_key = ?",
        (row, n) -> new Earlier(row.getString(1), read(row.getString(2))), tenantId, idempotencyKey).stream()
        .findFirst();
  }

  /**
   * Takes the key first, before any case opens: a second upload under the same key waits here on the unique
   * constraint until the first one ends, and then fails on it if the first was saved.
   */
  void claim(String tenantId, String idempotencyKey, String requestHash, String incident, String submittedBy,
      int victims) {
    jdbc.update("INSERT INTO chw_victim_intake (id, tenant_id, idempotency_key, request_hash, incident_case_number, "
        + "submitted_by, submitted_at, victims, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')", UUID.randomUUID()
        .toString(), tenantId, idempotencyKey, requestHash, incident, submittedBy,
        new Timestamp(ClockUtil.getCurrentTime().getTime()), victims);
  }

  void complete(String tenantId, String idempotencyKey, IntakeResult result) {
    try {
      jdbc.update("UPDATE chw_victim_intake SET result = ? WHERE tenant_id = ? AND idempotency_key = ?",
          JSON.writeValueAsString(result), tenantId, idempotencyKey);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot record the upload's result", e);
    }
  }

  private static IntakeResult read(String json) {
    try {
      return JSON.readValue(json, IntakeResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The recorded result of an upload cannot be read", e);
    }
  }
}
