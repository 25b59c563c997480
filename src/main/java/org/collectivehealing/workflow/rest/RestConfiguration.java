package org.collectivehealing.workflow.rest;

import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds the project's REST behaviour to Camunda's REST API (and, see WebappEngineApiProviders, to the webapps'). */
@Component
public class RestConfiguration implements ResourceConfigCustomizer {

  /** Clear refusals: exception mappers, paging checks, no null bodies. */
  public static List<Class<?>> providers() {
    List<Class<?>> providers = new ArrayList<>(EngineRestExceptionMappers.ALL);
    providers.add(PagingParametersFilter.class);
    providers.add(NullBodyInterceptor.class);
    return providers;
  }

  @Override
  public void customize(ResourceConfig config) {
    providers().forEach(config::register);
  }
}
