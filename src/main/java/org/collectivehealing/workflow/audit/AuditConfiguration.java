package org.collectivehealing.workflow.audit;

import jakarta.servlet.Filter;
import java.util.List;
import org.collectivehealing.workflow.security.AdministratorsOnlyFilter;
import org.collectivehealing.workflow.security.RestAuthenticationConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the read audit on both doors to the engine's REST API and closes its endpoint to all but administrators.
 */
@Configuration
public class AuditConfiguration {

  static final String ENDPOINT = "/api/audit/reads";

  @Bean
  public FilterRegistrationBean<Filter> variableReadAudit(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      Readers readers, VictimCases victimCases, ReadAudit audit) {
    // Tasklist and Cockpit read variables through the same API, served to them under <webapp>/api/engine
    String webappApi = webappPath + "/api/engine";
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new VariableReadAuditFilter(List.of(restPath, webappApi), readers, victimCases, audit));
    registration.setName("variable-read-audit");
    registration.addUrlPatterns(restPath + "/*", webappApi + "/*");
    // after the REST authentication (HIGHEST_PRECEDENCE + 10): the reader is known while the request runs
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<Filter> auditEndpointAuthentication() {
    return RestAuthenticationConfiguration.basicAuthentication("audit-authentication", ENDPOINT);
  }

  @Bean
  public FilterRegistrationBean<Filter> auditEndpointForAdministratorsOnly(AdministratorsOnlyFilter filter) {
    return RestAuthenticationConfiguration.administratorsOnly(filter, "audit-administrators-only", ENDPOINT);
  }
}
