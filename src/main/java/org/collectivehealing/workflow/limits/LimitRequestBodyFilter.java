package org.collectivehealing.workflow.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.collectivehealing.workflow.errors.JsonRefusals;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its limit with 413 before anything parses it. Bodies are read whole into
 * memory (a JSON tree, a CSV text, a deployment's files) and a node's heap is small, so one unbounded request
 * could take the node down for everyone. A body without a declared length (chunked) is read up to the limit and
 * no further; one within it is handed on as read. The first instance a request passes bounds its body; later
 * ones, with a wider reach and another limit, let it by. POSTed forms (the webapps' login) are left to Tomcat,
 * which bounds their parameters (server.tomcat.max-http-form-post-size) and needs their stream unread.
 */
public class LimitRequestBodyFilter extends OncePerRequestFilter {

  private static final String BOUNDED = LimitRequestBodyFilter.class.getName() + ".bounded";
  private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final long maxBytes;
  private final String setting;
  private final String what;
  private final String advice;

  /**
   * @param setting the property that sets the limit, named in the refusal, e.g. chw.intake.max-bytes
   * @param what the body, as the refusal names it, e.g. "A victim list"
   * @param advice what the caller can do instead, the refusal's last sentence
   */
  public LimitRequestBodyFilter(DataSize limit, String setting, String what, String advice) {
    if (limit == null) {
      throw new IllegalStateException(setting + " is not set: the largest request body to take, e.g. 8MB");
    }
    long bytes = limit.toBytes();
    if (bytes < 1 || bytes > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException(setting + " must be between 1 B and 2 GB, not " + bytes);
    }
    this.maxBytes = bytes;
    this.setting = setting;
    this.what = what;
    this.advice = advice;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(request, response);
      return;
    }
    request.setAttribute(BOUNDED, Boolean.TRUE);
    chain.doFilter(new ReadBody(request, body), response);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    // Tomcat parses a POSTed form itself (bounded) and needs its stream unread; a form sent with another method
    // is read by Spring's FormContentFilter, unbounded, after this filter, so it is bounded here
    boolean postedForm = "POST".equals(request.getMethod()) && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    return WITHOUT_BODY.contains(request.getMethod()) || request.getAttribute(BOUNDED) != null || postedForm;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonRefusals.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequest",
        what + " may be at most " + maxBytes + " bytes (" + setting + ") and this one is larger; nothing of it "
            + "was parsed or saved. " + advice);
  }

  /** The request with its body already read: the API reads these bytes, as it would the socket's. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body was read already; it has no asynchronous reading");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), charsetOf(getCharacterEncoding())));
    }

    /** The declared encoding; UTF-8, the APIs' encoding, when none or an unknown one is declared. */
    private static Charset charsetOf(String encoding) {
      try {
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException unknown) {
        return StandardCharsets.UTF_8;
      }
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
