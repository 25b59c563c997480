package org.collectivehealing.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/** A caller of the running application over real HTTP, as a browser or curl would be. */
public final class Http {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final Function<String, String> passwords;

  /** For the demo users, whose password is their id. */
  public Http(int port) {
    this(port, Function.identity());
  }

  public Http(int port, Function<String, String> passwords) {
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

  /** Logs in to a Camunda webapp (tasklist, cockpit, admin) the way its login page does. */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/", null);
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** A JSON POST to a webapp API within the session {@link #webappLogin} opened, with its XSRF token. */
  public HttpResponse<String> webappPostJson(String path, String json) {
    // the token is bound to the session, which a login renews: ask for it again as the webapp does
    HttpResponse<String> page = get("/camunda/api/admin/auth/user/default", null);
    String xsrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
        .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b)
        .orElseThrow());
    return send(request(path, null).header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
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
