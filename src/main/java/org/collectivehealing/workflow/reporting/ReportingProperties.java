package org.collectivehealing.workflow.reporting;

import java.util.Map;
import org.collectivehealing.workflow.identity.RoleGroup;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quarterly OVC PMT export (README, "Reporting").
 *
 * @param supervisorGroup members may export the report of their own site(s); administrators of any site
 * @param suppressBelow counts from 1 to one below this are left out of the export unless the caller asks for
 *     another threshold (0 shows every count)
 * @param timedSteps local measures of one step each (by the name the export gives it): done in the quarter,
 *     deadlines met and missed, median hours from the incident's report
 * @param referrals the partner-referral process and the variable and value of an accepted referral
 */
@ConfigurationProperties("chw.reporting")
public record ReportingProperties(String supervisorGroup, int suppressBelow,
    Map<String, TimedStep> timedSteps, Referrals referrals) implements RoleGroup {

  @Override
  public String roleGroupId() {
    return supervisorGroup;
  }

  @Override
  public String roleGroupName() {
    return "Victim-services supervisors";
  }

  public record TimedStep(String label, String process, String step) {
  }

  public record Referrals(String process, String decision, String accepted) {
  }
}
