package org.collectivehealing.workflow.tenancy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * chw.tenancy: the processes the engine starts by itself for all sites at once (a daily timer), whose instances
 * therefore belong to no site; every other instance belongs to exactly one.
 */
@ConfigurationProperties("chw.tenancy")
public record TenancyProperties(List<String> allSitesProcesses) {
}
