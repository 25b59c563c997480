package org.collectivehealing.workflow.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be; see {@code chw.request-limits} in application.yaml.
 *
 * @param maxBytes every body's bound (e.g. 2MB): task forms, variables, comments, attachments, the project's API
 * @param maxDeploymentBytes the bound of a deployment's body (models and forms from Camunda Modeler), e.g. 20MB
 */
@ConfigurationProperties("chw.request-limits")
public record RequestLimitsProperties(DataSize maxBytes, DataSize maxDeploymentBytes) {
}
