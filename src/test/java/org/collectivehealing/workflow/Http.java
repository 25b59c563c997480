package org.collectivehealing.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;

/** A caller of the running application over real HTTP, as a browser or curl would be. */
public final class Http {

  /** An answer read off a raw socket, for requests {@link java.net.URI} refuses to build (e.g. %ZZ). */
  public record RawResponse(int statusCode, String contentType, String body) {
  }

  private final int port;
  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final Function<String, String> passwords;

  /** For the demo users, whose password is their id. */
  public Http(int port) {
    this(port, Function.identity());
  }

  public Http(int port, Function<String, String> passwords) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    this.passwords = passwords;
  }

  public HttpResponse<String> get(String path, String user) {
    return send(request(path, user).GET().build());
  }

  /** A GET asking for hypertext (HAL) JSON, as Tasklist asks for its task lists. */
  public HttpResponse<String> getHal(String path, String user) {
    return send(request(path, user).setHeader("Accept", "application/hal+json").GET().build());
  }

  public HttpResponse<String> postJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> putJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A multipart/form-data POST of text parts, as Camunda's attachment upload takes it. */
  public HttpResponse<String> postMultipart(String path, String user, java.util.Map<String, String> parts) {
    String boundary = "chw-" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
  }

  /**
   * Any method with any body and content type (either may be null: no body, no Content-Type). In a webapp
   * session the XSRF token is sent back as the webapps demand for every change.
   */
  public HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
    return send(method, path, user, contentType, body, java.util.Map.of());
  }

  /** As {@link #send(String, String, String, String, String)}, with more request headers (replacing Accept). */
  public HttpResponse<String> send(String method, String path, String user, String contentType, String body,
      java.util.Map<String, String> headers) {
    return sendPublished(method, path, user, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body), headers);
  }

  /** As above, with the body as the publisher sends it (one of unknown length goes out chunked). */
  public HttpResponse<String> sendPublished(String method, String path, String user, String contentType,
      HttpRequest.BodyPublisher body, java.util.Map<String, String> headers) {
    HttpRequest.Builder builder = request(path, user);
    headers.forEach(builder::setHeader);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    xsrfToken().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return send(builder.method(method, body).build());
  }

  /** A request written byte for byte on a socket: the path goes out exactly as given, escapes and all. */
  public RawResponse raw(String method, String rawPath, String user, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port
        + "\r\nAccept: application/json\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
    if (user != null) {
      head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString((user + ":"
          + passwords.apply(user)).getBytes(StandardCharsets.UTF_8))).append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawResponse parse(byte[] answer) {
    String text = new String(answer, StandardCharsets.ISO_8859_1);
    int endOfHead = text.indexOf("\r\n\r\n");
    String[] head = text.substring(0, endOfHead < 0 ? text.length() : endOfHead).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    String contentType = null;
    boolean chunked = false;
    for (String line : head) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        contentType = line.substring(13).trim();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = endOfHead < 0 ? new byte[0]
        : java.util.Arrays.copyOfRange(answer, endOfHead + 4, answer.length);
    return new RawResponse(status, contentType, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = at;
      while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  /** The newest XSRF token the webapps gave this session (they renew it at login). */
  private java.util.Optional<String> xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, newer) -> newer);
  }

  /** Logs in to a Camunda webapp (tasklist, cockpit, admin) the way its login page does. */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/", null);
    String xsrf = xsrfToken().orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** A JSON POST to a webapp API within the session {@link #webappLogin} opened, with its XSRF token. */
  public HttpResponse<String> webappPostJson(String path, String json) {
    // the token is bound to the session, which a login renews: a first read hands out the new one
    get("/camunda/api/admin/auth/user/default", null);
    return send("POST", path, null, "application/json", json);
  }


  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + passwords.apply(user))
          .getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
