package org.collectivehealing.workflow.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Refuses a JSON body that is just {@code null}: Jackson reads it as no object at all, and the resources then
 * fail with a NullPointerException (500). An empty body is left as it is: some calls take none.
 */
public class NullBodyInterceptor implements ReaderInterceptor {

  private static final int PEEK = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() != null && context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      InputStream body = new BufferedInputStream(context.getInputStream(), PEEK + 1);
      body.mark(PEEK + 1);
      byte[] start = body.readNBytes(PEEK + 1);
      body.reset();
      context.setInputStream(body);
      if (start.length <= PEEK && new String(start, StandardCharsets.UTF_8).trim().equals("null")) {
        throw new InvalidRequestException(Response.Status.BAD_REQUEST,
            "The request body must be a JSON object, not null");
      }
    }
    return context.proceed();
  }
}
