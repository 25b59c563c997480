package org.collectivehealing.workflow.intake;

import jakarta.servlet.Filter;
import org.collectivehealing.workflow.limits.LimitRequestBodyFilter;
import org.collectivehealing.workflow.limits.RequestLimitsConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bound on an uploaded list's size, in front of {@link VictimIntakeController}. */
@Configuration
public class IntakeConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> victimListSizeLimit(IntakeProperties properties) {
    // before the general bound, as a list may be larger
    return RequestLimitsConfiguration.bound("victim-list-size-limit", RequestLimitsConfiguration.FIRST_BOUND + 1,
        new LimitRequestBodyFilter(properties.maxBytes(), "chw.intake.max-bytes", "A victim list",
            "Split it into several lists, each with its own Idempotency-Key"), "/api/incidents/*");
  }
}
