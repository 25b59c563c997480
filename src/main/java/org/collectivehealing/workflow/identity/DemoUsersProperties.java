package org.collectivehealing.workflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rolesByAgency group id to the role word of its demo users ({@code advocate} gives advocate-houston)
 * @param extraUsers further demo users per site: role word to the groups they are in
 */
@ConfigurationProperties("chw.demo")
public record DemoUsersProperties(Map<String, String> rolesByAgency, Map<String, List<String>> extraUsers) {
}
