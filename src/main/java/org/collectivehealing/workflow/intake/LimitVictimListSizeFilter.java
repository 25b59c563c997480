package org.collectivehealing.workflow.intake;

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
import org.collectivehealing.workflow.errors.JsonRefusals;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a victim list larger than {@code chw.intake.max-bytes} with 413 before anything parses it. A list is
 * read whole into memory (a JSON tree, the CSV text) and a node's heap is small, so one unbounded upload could
 * take the node down for everyone. A body without a declared length (chunked) is read up to the limit and no
 * further; one within it is handed on as read.
 */
public class LimitVictimListSizeFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public LimitVictimListSizeFilter(DataSize limit) {
    if (limit == null) {
      throw new IllegalStateException("chw.intake.max-bytes is not set: the largest victim list to take, e.g. 8MB");
    }
    long bytes = limit.toBytes();
    if (bytes < 1 || bytes > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("chw.intake.max-bytes must be between 1 B and 2 GB, not " + bytes);
    }
    this.maxBytes = bytes;
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
    chain.doFilter(new ReadBody(request, body), response);
  }

  /** Only uploads carry a list; the other methods pass untouched. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonRefusals.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequest",
        "A victim list may be at most " + maxBytes + " bytes (chw.intake.max-bytes) and this one is larger; "
            + "nothing of it was parsed or saved. Split it into several lists, each with its own Idempotency-Key");
  }

  /** The request with its body already read: the controller reads these bytes, as it would the socket's. */
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
          throw new UnsupportedOperationException("The victim list was read already; it has no asynchronous body");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), charsetOf(getCharacterEncoding())));
    }

    /** The declared encoding; UTF-8, the lists' encoding, when none or an unknown one is declared. */
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
