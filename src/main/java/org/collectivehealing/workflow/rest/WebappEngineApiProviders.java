package org.collectivehealing.workflow.rest;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * Tasklist and Cockpit reach the engine through the webapps' own JAX-RS application (servlet "Engine Api",
 * registered by Camunda's webapp initializer), not through Spring's Jersey. Its servlet reads providers from an
 * init parameter when it starts on the first request; this sets it once all servlets are registered and before
 * the server accepts requests.
 */
@Component
public class WebappEngineApiProviders implements ServletContextAware, SmartInitializingSingleton {

  static final String SERVLET = "Engine Api";

  private ServletContext servletContext;

  @Override
  public void setServletContext(ServletContext servletContext) {
    this.servletContext = servletContext;
  }

  @Override
  public void afterSingletonsInstantiated() {
    ServletRegistration engineApi = servletContext == null ? null : servletContext.getServletRegistration(SERVLET);
    if (engineApi == null) {
      return; // no web server, or the webapps are switched off
    }
    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
        RestConfiguration.providers().stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
