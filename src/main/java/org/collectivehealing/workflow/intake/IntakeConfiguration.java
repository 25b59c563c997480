package org.collectivehealing.workflow.intake;

import jakarta.servlet.Filter;
import org.collectivehealing.workflow.limits.LimitRequestBodyFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The bound on an uploaded list's size, in front of {@link VictimIntakeController}. */
@Configuration
public class IntakeConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> victimListSizeLimit(IntakeProperties properties) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new LimitRequestBodyFilter(properties.maxBytes(), "chw.intake.max-bytes", "A victim list",
            "Split it into several lists, each with its own Idempotency-Key"));
    registration.setName("victim-list-size-limit");
    registration.addUrlPatterns("/api/incidents/*");
    // after the login (RestAuthenticationConfiguration), so that anonymous callers are refused without a read,
    // and before the general bound (limits.RequestLimitsConfiguration), as a list may be larger
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
