package org.collectivehealing.workflow.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consent records (table chw_consent) and their log (chw_consent_log). Works on the application's
 * DataSource through JdbcTemplate, so that every write joins the transaction the engine runs in: a consent is
 * recorded together with the task that records it, and a revocation together with the referrals it ends.
 *
 * <p>Times come from the engine clock, so that "today" means the same here as in the process.
 */
@Component
public class ConsentRegistry {

  static final String RECORDED = "recorded";
  static final String REVOKED = "revoked";
  static final String REFERRAL_WITHDRAWN = "referral withdrawn";

  private static final String COLUMNS = "id, tenant_id, victim_case_number, recipient_category, data_classes, "
      + "given_by, given_on, expires_on, written, recorded_by, recorded_at, revoked_at, revoked_by";

  private final JdbcTemplate jdbc;

  public ConsentRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Today on the engine clock, in UTC like the dates the consent form records. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** One record per recipient category, each logged; returns the records' ids. */
  public List<String> record(NewConsent consent, String recordedBy) {
    List<String> ids = new ArrayList<>();
    Timestamp now = now();
    for (String category : consent.recipientCategories()) {
      String id = UUID.randomUUID().toString();
      jdbc.update("INSERT INTO chw_consent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
          id, consent.tenantId(), consent.victimCaseNumber(), category, String.join(",", consent.dataClasses()),
          consent.givenBy(), java.sql.Date.valueOf(consent.givenOn()), java.sql.Date.valueOf(consent.expiresOn()),
          consent.written(), recordedBy, now);
      log(id, RECORDED, recordedBy, category + ": " + String.join(", ", consent.dataClasses()) + " until "
          + consent.expiresOn());
      ids.add(id);
    }
    return ids;
  }

  /** The consent that covers sharing with the category on the day; none when expired or revoked. */
  public Optional<Consent> covering(String victimCaseNumber, String recipientCategory, LocalDate day) {
    return jdbc.query("SELECT " + COLUMNS + " FROM chw_consent WHERE victim_case_number = ? AND recipient_category = ?"
        + " ORDER BY recorded_at DESC", this::consent, victimCaseNumber, recipientCategory).stream()
        .filter(consent -> consent.coversOn(day)).findFirst();
  }

  public List<Consent> ofCase(String victimCaseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM chw_consent WHERE victim_case_number = ? ORDER BY recorded_at, "
        + "recipient_category", this::consent, victimCaseNumber);
  }

  public Optional<Consent> find(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM chw_consent WHERE id = ?", this::consent, id).stream().findFirst();
  }

  /** Marks the consent revoked, once; false when it already was. */
  public boolean revoke(String id, String revokedBy, String reason) {
    boolean revoked = jdbc.update("UPDATE chw_consent SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at "
        + "IS NULL", now(), revokedBy, id) == 1;
    if (revoked) {
      log(id, REVOKED, revokedBy, reason);
    }
    return revoked;
  }

  public void logReferralWithdrawn(String consentId, String by, String referral) {
    log(consentId, REFERRAL_WITHDRAWN, by, referral);
  }

  /** The log of one consent, oldest first: event, who, detail. */
  public List<String> log(String consentId) {
    return jdbc.query("SELECT event, by_user, detail FROM chw_consent_log WHERE consent_id = ? ORDER BY at, event",
        (rs, row) -> rs.getString("event") + " by " + rs.getString("by_user") + ": " + rs.getString("detail"),
        consentId);
  }

  private void log(String consentId, String event, String by, String detail) {
    jdbc.update("INSERT INTO chw_consent_log (id, consent_id, event, at, by_user, detail) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), consentId, event, now(), by, detail);
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  private Consent consent(ResultSet rs, int row) throws SQLException {
    String classes = rs.getString("data_classes");
    return new Consent(rs.getString("id"), rs.getString("tenant_id"), rs.getString("victim_case_number"),
        rs.getString("recipient_category"), classes.isBlank() ? List.of() : Arrays.asList(classes.split(",")),
        rs.getString("given_by"), rs.getDate("given_on").toLocalDate(), rs.getDate("expires_on").toLocalDate(),
        rs.getBoolean("written"), rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")),
        instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
