package org.collectivehealing.workflow.audit;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read audit; see {@code chw.audit} in application.yaml.
 *
 * @param victimProcesses keys of the processes whose instances are victim cases: reading their variables is
 *     recorded, under the instance's business key (the case number)
 * @param pageSize records per page of the audit endpoint when the caller names none
 * @param maxPageSize the most records one page of the audit endpoint returns
 */
@ConfigurationProperties("chw.audit")
public record AuditProperties(Set<String> victimProcesses, int pageSize, int maxPageSize) {
}
