package org.collectivehealing.workflow.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param rolesByAgency group id to the role word of its demo users ({@code advocate} gives advocate-houston) */
@ConfigurationProperties("chw.demo")
public record DemoUsersProperties(Map<String, String> rolesByAgency) {
}
