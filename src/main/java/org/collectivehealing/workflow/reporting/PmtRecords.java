package org.collectivehealing.workflow.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the OVC report counts, per victim case (tables chw_pmt_victim and chw_pmt_service): written in the
 * transaction of the task completion that records it, read back only as counts.
 */
@Component
public class PmtRecords {

  /** A victim case's profile: one value per single-valued dimension, several per list dimension. */
  public record Profile(Map<String, String> values, Map<String, List<String>> lists) {
  }

  private static final String PROFILE_COLUMNS = "race_ethnicity, gender_identity, age_band, victimization_types, "
      + "special_classifications";

  private final JdbcTemplate jdbc;

  public PmtRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void recordProfile(String caseInstanceId, String site, Profile profile) {
    Object[] values = {profile.values().get(PmtCatalogue.RACE_ETHNICITY.field()),
        profile.values().get(PmtCatalogue.GENDER_IDENTITY.field()), profile.values().get(PmtCatalogue.AGE.field()),
        String.join(",", profile.lists().get(PmtCatalogue.VICTIMIZATION_TYPE.field())),
        String.join(",", profile.lists().get(PmtCatalogue.SPECIAL_CLASSIFICATION.field())), now()};
    int updated = jdbc.update("UPDATE chw_pmt_victim SET race_ethnicity = ?, gender_identity = ?, age_band = ?, "
        + "victimization_types = ?, special_classifications = ?, recorded_at = ? WHERE case_instance_id = ?",
        append(values, caseInstanceId));
    if (updated == 0) {
      jdbc.update("INSERT INTO chw_pmt_victim (" + PROFILE_COLUMNS + ", recorded_at, case_instance_id, tenant_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", append(append(values, caseInstanceId), site));
    }
  }

  /**
   * Records each service of a task's completion, in its transaction (a rolled-back completion records nothing);
   * a service twice for one task breaks the table's constraint.
   */
  public void recordServices(String caseInstanceId, String site, Collection<String> services, LocalDate givenOn,
      String taskId) {
    for (String service : services) {
      jdbc.update("INSERT INTO chw_pmt_service (id, case_instance_id, tenant_id, service, given_on, task_id) "
          + "VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), caseInstanceId, site, service,
          Date.valueOf(givenOn), taskId);
    }
  }

  /**
   * The victim cases served at the site from {@code from} (inclusive) to {@code to} (exclusive), each with its
   * first service day from {@code firstFrom} on.
   */
  public Map<String, LocalDate> servedWithFirstDay(String site, LocalDate firstFrom, LocalDate from, LocalDate to) {
    Map<String, LocalDate> served = new HashMap<>();
    jdbc.query("SELECT case_instance_id, MIN(given_on) AS first_day FROM chw_pmt_service WHERE tenant_id = ? "
        + "AND given_on >= ? AND given_on < ? AND case_instance_id IN (SELECT case_instance_id FROM chw_pmt_service "
        + "WHERE tenant_id = ? AND given_on >= ? AND given_on < ?) GROUP BY case_instance_id",
        row -> {
          served.put(row.getString("case_instance_id"), row.getDate("first_day").toLocalDate());
        }, site, Date.valueOf(firstFrom), Date.valueOf(to), site, Date.valueOf(from), Date.valueOf(to));
    return served;
  }

  /** Victim cases of the site that received each service in the period. */
  public Map<String, Long> servicesGiven(String site, LocalDate from, LocalDate to) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query("SELECT service, COUNT(DISTINCT case_instance_id) AS victims FROM chw_pmt_service WHERE tenant_id = ? "
        + "AND given_on >= ? AND given_on < ? GROUP BY service",
        row -> {
          counts.put(row.getString("service"), row.getLong("victims"));
        }, site, Date.valueOf(from), Date.valueOf(to));
    return counts;
  }

  /** The profiles of the site's victim cases served in the period, by case. */
  public Map<String, Profile> profilesOfServed(String site, LocalDate from, LocalDate to) {
    Map<String, Profile> profiles = new HashMap<>();
    jdbc.query("SELECT case_instance_id, " + PROFILE_COLUMNS + " FROM chw_pmt_victim WHERE tenant_id = ? "
        + "AND case_instance_id IN (SELECT case_instance_id FROM chw_pmt_service WHERE tenant_id = ? "
        + "AND given_on >= ? AND given_on < ?)", row -> {
      Map<String, String> values = new HashMap<>();
      values.put(PmtCatalogue.RACE_ETHNICITY.field(), row.getString("race_ethnicity"));
      values.put(PmtCatalogue.GENDER_IDENTITY.field(), row.getString("gender_identity"));
      values.put(PmtCatalogue.AGE.field(), row.getString("age_band"));
      profiles.put(row.getString("case_instance_id"), new Profile(values, Map.of(
          PmtCatalogue.VICTIMIZATION_TYPE.field(), split(row.getString("victimization_types")),
          PmtCatalogue.SPECIAL_CLASSIFICATION.field(), split(row.getString("special_classifications")))));
    }, site, site, Date.valueOf(from), Date.valueOf(to));
    return profiles;
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static Object[] append(Object[] values, Object value) {
    Object[] longer = Arrays.copyOf(values, values.length + 1);
    longer[values.length] = value;
    return longer;
  }
}
