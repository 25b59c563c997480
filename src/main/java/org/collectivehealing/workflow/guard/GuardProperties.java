package org.collectivehealing.workflow.guard;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What no caller may write; see {@code chw.guard} in application.yaml.
 *
 * @param systemVariables variables only the models and the application set (case numbers, the reporter, the
 *     site, what decisions and delegates computed, what a case hands to the cases it opens); nobody, not even an
 *     administrator, changes them by a call
 * @param maxTextLength the longest text one variable may hold (the engine's text column holds 4,000 characters)
 */
@ConfigurationProperties("chw.guard")
public record GuardProperties(Set<String> systemVariables, int maxTextLength) {
}
