package org.collectivehealing.workflow.limits;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bounds every request body on every path, so that no door (the engine's REST API, the webapps' APIs, the
 * project's API) reads an unbounded body into a node's memory. Deployments, and the victim lists of
 * intake.IntakeConfiguration, are bounded first, by their own larger limits.
 */
@Configuration
public class RequestLimitsConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> deploymentSizeLimit(RequestLimitsProperties limits) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LimitRequestBodyFilter(
        limits.maxDeploymentBytes(), "chw.request-limits.max-deployment-bytes", "A deployment",
        "Deploy fewer or smaller files at once"));
    registration.setName("deployment-size-limit");
    registration.addUrlPatterns("/engine-rest/deployment/*");
    // after the login (RestAuthenticationConfiguration), so that anonymous callers are refused without a read
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 19);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> requestBodySizeLimit(RequestLimitsProperties limits) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LimitRequestBodyFilter(
        limits.maxBytes(), "chw.request-limits.max-bytes", "A request body",
        "Send less at once"));
    registration.setName("request-body-size-limit");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }
}
