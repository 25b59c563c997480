package org.collectivehealing.workflow.deployment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the models come from and what their deployment is called (see application.yaml). */
@ConfigurationProperties("chw.deployment")
public record ModelDeploymentProperties(String name, String source, List<String> folders,
    List<String> extensions) {
}
