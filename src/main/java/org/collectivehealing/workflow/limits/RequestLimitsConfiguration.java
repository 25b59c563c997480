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

  /** After the logins (security.RestAuthenticationConfiguration): anonymous callers are refused unread. */
  public static final int FIRST_BOUND = Ordered.HIGHEST_PRECEDENCE + 19;

  @Bean
  public FilterRegistrationBean<Filter> deploymentSizeLimit(RequestLimitsProperties limits) {
    return bound("deployment-size-limit", FIRST_BOUND, new LimitRequestBodyFilter(limits.maxDeploymentBytes(),
        "chw.request-limits.max-deployment-bytes", "A deployment", "Deploy fewer or smaller files at once"),
        "/engine-rest/deployment/*");
  }

  @Bean
  public FilterRegistrationBean<Filter> requestBodySizeLimit(RequestLimitsProperties limits) {
    return bound("request-body-size-limit", FIRST_BOUND + 2, new LimitRequestBodyFilter(limits.maxBytes(),
        "chw.request-limits.max-bytes", "A request body", "Send less at once"), "/*");
  }

  /** The filter on the paths; of several on one path, the one of the lowest order bounds the body. */
  public static FilterRegistrationBean<Filter> bound(String name, int order, LimitRequestBodyFilter filter,
      String... urlPatterns) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
