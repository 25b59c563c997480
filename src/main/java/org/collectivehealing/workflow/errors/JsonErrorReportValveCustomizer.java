package org.collectivehealing.workflow.errors;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Puts {@link JsonErrorReportValve} in place of the HTML one Spring Boot gives Tomcat's host. */
@Component
public class JsonErrorReportValveCustomizer
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      // the host adds a valve of its errorReportValveClass unless one of that class is there already
      ((StandardHost) context.getParent()).setErrorReportValveClass(JsonErrorReportValve.class.getName());
      var pipeline = context.getParent().getPipeline();
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve) {
          pipeline.removeValve(valve);
        }
      }
      JsonErrorReportValve json = new JsonErrorReportValve();
      json.setShowServerInfo(false);
      json.setShowReport(false);
      pipeline.addValve(json);
    });
  }

  /** After Spring Boot's own customizer, which adds the HTML valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
