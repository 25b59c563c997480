package org.collectivehealing.workflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.collectivehealing.workflow.consent.ConsentController;
import org.collectivehealing.workflow.errors.AuthenticationFilterAnsweringJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Closes the REST API, the project's own /api and the operational metrics to anonymous callers: HTTP Basic against the engine's
 * identity service, so that authorizations and tenant checks apply to every REST call as to the webapps.
 */
@Configuration
public class RestAuthenticationConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration = basicAuthentication("engine-rest-authentication",
        restPath + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath);
    return registration;
  }

  /** The project's own API for caseworkers (consents): the same login, so the same users, groups and sites. */
  @Bean
  public FilterRegistrationBean<Filter> projectApiAuthentication() {
    FilterRegistrationBean<Filter> registration = basicAuthentication("api-authentication",
        ConsentController.API + "/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ConsentController.API);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> metricsAuthentication() {
    return basicAuthentication("metrics-authentication", "/actuator/metrics", "/actuator/metrics/*");
  }

  @Bean
  public FilterRegistrationBean<Filter> metricsForAdministratorsOnly(AdministratorsOnlyFilter filter) {
    return administratorsOnly(filter, "metrics-administrators-only", "/actuator/metrics", "/actuator/metrics/*");
  }

  /** Lets only administrators through to the paths; they must also be under {@link #basicAuthentication}. */
  public static FilterRegistrationBean<Filter> administratorsOnly(AdministratorsOnlyFilter filter, String name,
      String... urlPatterns) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    // after the authentication below, which sets the engine's current authentication it checks
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** HTTP Basic against the engine's identity service on the paths; 401 to anonymous callers, with a JSON body. */
  public static FilterRegistrationBean<Filter> basicAuthentication(String name, String... urlPatterns) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AuthenticationFilterAnsweringJson());
    registration.setName(name);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setAsyncSupported(true);
    return registration;
  }
}
