package org.collectivehealing.workflow.errors;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Spring Boot's error page controller (it backs off when there is one) with {@link JsonErrorController}. */
@Configuration
public class ErrorAnswersConfiguration {

  @Bean
  public JsonErrorController jsonErrorController(ErrorAttributes errorAttributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> errorViewResolvers) {
    List<ErrorViewResolver> resolvers = errorViewResolvers.orderedStream().toList();
    return new JsonErrorController(errorAttributes, server, resolvers);
  }
}
