package org.collectivehealing.workflow.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused write must leave as it was, read straight from the database: process instances (id,
 * business key, site, suspension), every runtime variable (value and revision), jobs (retries, due date,
 * suspension, failure), tasks (assignee, owner, delegation, revision), comments and attachments, consent
 * records and their log. Job locks are left out: the job executor takes them without changing anything.
 */
record StateSnapshot(Map<String, TreeSet<String>> rows) {

  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("instance", "SELECT id_, business_key_, tenant_id_, suspension_state_ FROM act_ru_execution"
        + " WHERE id_ = proc_inst_id_");
    QUERIES.put("variable", "SELECT id_, proc_inst_id_, execution_id_, task_id_, name_, type_, text_, text2_,"
        + " long_, double_, bytearray_id_, rev_ FROM act_ru_variable");
    QUERIES.put("job", "SELECT id_, retries_, duedate_, suspension_state_, exception_msg_ FROM act_ru_job");
    QUERIES.put("task", "SELECT id_, assignee_, owner_, delegation_, rev_ FROM act_ru_task");
    QUERIES.put("comment", "SELECT id_, task_id_ FROM act_hi_comment");
    QUERIES.put("attachment", "SELECT id_, task_id_ FROM act_hi_attachment");
    QUERIES.put("consent", "SELECT id, tenant_id, victim_case_number, recipient_category, data_classes,"
        + " expires_on, revoked_at, revoked_by FROM chw_consent");
    QUERIES.put("consent log", "SELECT id, consent_id, event FROM chw_consent_log");
  }

  static StateSnapshot take(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, TreeSet<String>> rows = new LinkedHashMap<>();
    QUERIES.forEach((table, sql) -> rows.put(table, new TreeSet<>(jdbc.query(sql, (result, n) -> {
      StringBuilder row = new StringBuilder();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        row.append(column == 1 ? "" : "|").append(result.getString(column));
      }
      return row.toString();
    }))));
    return new StateSnapshot(rows);
  }

  /** What changed from {@code before} to this, row by row ("-" gone, "+" new); empty when nothing did. */
  List<String> changesSince(StateSnapshot before) {
    List<String> changes = new ArrayList<>();
    rows.forEach((table, now) -> {
      TreeSet<String> then = before.rows().get(table);
      then.stream().filter(row -> !now.contains(row)).forEach(row -> changes.add(table + " -" + row));
      now.stream().filter(row -> !then.contains(row)).forEach(row -> changes.add(table + " +" + row));
    });
    return changes;
  }
}
