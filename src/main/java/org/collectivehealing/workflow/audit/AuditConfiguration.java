package org.collectivehealing.workflow.audit;

import jakarta.servlet.Filter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.collectivehealing.workflow.security.AdministratorsOnlyFilter;
import org.collectivehealing.workflow.security.RestAuthenticationConfiguration;
import org.glassfish.jersey.server.ResourceConfig;
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
      ResourceConfig restApplication, Readers readers, VictimCases victimCases, ReadAudit audit) {
    // Tasklist and Cockpit read variables through the same API, served to them under <webapp>/api/engine
    String webappApi = webappPath + "/api/engine";
    // each door serves its own JAX-RS application: the REST starter's, as configured (with whatever resources
    // were added to it), and the webapps' named-engine one
    Set<Class<?>> restResources = new HashSet<>(restApplication.getClasses());
    restApplication.getInstances().forEach(instance -> restResources.add(instance.getClass()));
    Map<String, VariableReadRecognizer> doors = Map.of(
        restPath, VariableReadRecognizer.of(restResources),
        webappApi, VariableReadRecognizer.of(new EngineRestApplication().getClasses()));
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new VariableReadAuditFilter(doors, readers, victimCases, audit));
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
