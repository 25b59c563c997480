package org.collectivehealing.workflow.intake;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bulk intake of victims from a list; see {@code chw.intake} in application.yaml.
 *
 * @param groups who may upload a list, besides administrators (of every site): members of these groups, for
 *     incidents of their own site
 * @param incidentProcess the process whose open instances take lists, found by their case number
 * @param message what the incident's model listens for, once per person on a list
 * @param maxRows the most victims one list may hold; a longer one is refused whole
 * @param maxBytes the largest list's body (e.g. 8MB); a larger one is refused with 413 before it is read whole
 */
@ConfigurationProperties("chw.intake")
public record IntakeProperties(Set<String> groups, String incidentProcess, String message, int maxRows,
    DataSize maxBytes) {
}
