package org.collectivehealing.workflow.rest;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * Tasklist and Cockpit reach the engine through the webapps' own JAX-RS application (servlet "Engine Api",
 * registered by Camunda's webapp initializer), not through Spring's Jersey. Its servlet reads providers from an
 * init parameter when it starts on the first request; this sets it once all servlets are registered and before
 * the server accepts requests. The webapps' other APIs get only {@link OutageFirstExceptionMappers}.
 */
@Component
public class WebappEngineApiProviders implements ServletContextAware, SmartInitializingSingleton {

  static final String SERVLET = "Engine Api";
  /** The webapps' own APIs, which keep Camunda's answers but for a database outage. */
  static final List<String> OTHER_SERVLETS = List.of("Cockpit Api", "Admin Api", "Tasklist Api", "Welcome Api");

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
    engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, namesOf(RestConfiguration.providers()));
    for (String name : OTHER_SERVLETS) {
      ServletRegistration api = servletContext.getServletRegistration(name);
      if (api != null) {
        api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, namesOf(OutageFirstExceptionMappers.ALL));
      }
    }
  }

  private static String namesOf(List<Class<?>> providers) {
    return providers.stream().map(Class::getName).collect(Collectors.joining(","));
  }
}
