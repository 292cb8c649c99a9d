package io.github.policythemes.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request: security headers, the access checks, then the page's files or the API. Every
 * failure becomes a JSON error with a status and a message; an unexpected exception is logged and
 * answered with a plain 500, never with its stack trace.
 */
final class WebHandler extends Handler.Abstract {
  private static final System.Logger LOG = System.getLogger(WebHandler.class.getName());

  /* script-src 'self': the page's own files only, so even text that slipped into the page as
  markup could not run; the page itself only ever sets article text with textContent. */
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private final StaticFiles files;
  private final ApiRoutes api;
  private final Access access;
  private final long maxBodyBytes;

  WebHandler(StaticFiles files, ApiRoutes api, Access access, long maxBodyBytes) {
    this.files = files;
    this.api = api;
    this.access = access;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    try {
      headers(response);
      String path = Request.getPathInContext(request);
      if (!access.hostAllowed(request)) {
        throw new ApiException(
            403,
            "the Host header names '"
                + Request.getServerName(request)
                + "', not this server; open it as http://127.0.0.1:"
                + Request.getLocalPort(request)
                + "/");
      }
      if (access.tokenRequired() && !access.authorized(request)) {
        if (tokenInQuery(request, response, callback, path)) {
          return true;
        }
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"policy-themes\"");
        throw new ApiException(
            401,
            "this server needs its token: send 'Authorization: Bearer TOKEN', or open the page"
                + " once as /?token=TOKEN");
      }
      if (path.startsWith("/api/")) {
        ApiRoutes.Reply reply = api.handle(request.getMethod(), path, request, this::body);
        send(response, callback, reply.status(), "application/json", reply.body());
      } else {
        page(request, response, callback, path);
      }
    } catch (ApiException e) {
      if (e.allow() != null) {
        response.getHeaders().put(HttpHeader.ALLOW, e.allow());
      }
      if (e.status() == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      }
      send(
          response,
          callback,
          e.status(),
          "application/json",
          JsonErrorHandler.body(e.status(), e.getMessage()));
    } catch (org.eclipse.jetty.http.HttpException.RuntimeException e) {
      send(
          response,
          callback,
          e.getCode(),
          "application/json",
          JsonErrorHandler.body(e.getCode(), e.getReason()));
    } catch (Exception | Error e) {
      LOG.log(System.Logger.Level.ERROR, "request " + request.getHttpURI() + " failed", e);
      send(response, callback, 500, "application/json", JsonErrorHandler.body(500, null));
    }
    return true;
  }

  private void page(Request request, Response response, Callback callback, String path) {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw ApiException.methodNotAllowed(method, path, "GET, HEAD");
    }
    StaticFiles.File file =
        path.equals("/") || path.equals("/index.html")
            ? files.page(language(request))
            : files.get(path);
    if (file == null) {
      throw ApiException.notFound("no such page: " + path);
    }
    response.getHeaders().put(HttpHeader.ETAG, file.etag());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    if (file.etag().equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
      response.setStatus(304);
      response.write(true, null, callback);
      return;
    }
    response.getHeaders().put(HttpHeader.VARY, "Accept-Language");
    send(response, callback, 200, file.type(), method.equals("HEAD") ? new byte[0] : file.bytes());
  }

  /** Korean when the browser prefers Korean to English, else English. */
  static String language(Request request) {
    for (Locale locale : Request.getLocales(request)) {
      String language = locale.getLanguage();
      if (language.equals("ko")) {
        return "ko";
      }
      if (language.equals("en")) {
        return "en";
      }
    }
    return "en";
  }

  /* A page opened as /?token=TOKEN: set the cookie and send the browser to the same page without
  the token in its address. */
  private boolean tokenInQuery(Request request, Response response, Callback callback, String path) {
    if (!request.getMethod().equals("GET") || path.startsWith("/api/")) {
      return false;
    }
    String offered;
    try {
      offered = Request.extractQueryParameters(request).getValue("token");
    } catch (RuntimeException e) {
      return false;
    }
    if (offered == null || !access.matches(offered)) {
      return false;
    }
    Response.addCookie(response, access.cookie(offered));
    response.getHeaders().put(HttpHeader.LOCATION, path);
    send(
        response,
        callback,
        HttpStatus.SEE_OTHER_303,
        "application/json",
        JsonErrorHandler.body(303, "see " + path));
    return true;
  }

  /** Reads a request body of at most the limit, else 413. */
  byte[] body(Request request) throws IOException {
    long declared = request.getLength();
    if (declared > maxBodyBytes) {
      throw tooLarge(declared);
    }
    try (InputStream in = Request.asInputStream(request)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw tooLarge(-1);
      }
      return bytes;
    }
  }

  private ApiException tooLarge(long declared) {
    return new ApiException(
        413,
        "the request body "
            + (declared >= 0 ? "of " + declared + " bytes " : "")
            + "is over the limit of "
            + maxBodyBytes
            + " bytes (serve --max-body)");
  }

  private static void headers(Response response) {
    List<HttpField> fields =
        List.of(
            new HttpField("X-Content-Type-Options", "nosniff"),
            new HttpField("Content-Security-Policy", CSP),
            new HttpField("Referrer-Policy", "no-referrer"),
            new HttpField("X-Frame-Options", "DENY"),
            new HttpField("Cross-Origin-Opener-Policy", "same-origin"),
            new HttpField("Cross-Origin-Resource-Policy", "same-origin"));
    fields.forEach(field -> response.getHeaders().put(field));
  }

  static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    if (type.startsWith("application/json")) {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
