package io.github.policythemes.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may use the server. Bound to a loopback address, only this machine can connect; the Host
 * header must then name a loopback host too, so a web page elsewhere cannot reach the server
 * through a DNS name that it points at 127.0.0.1 (DNS rebinding). With a token every request must
 * carry it: as {@code Authorization: Bearer TOKEN} (the API), or as the cookie the page gets when
 * opened once with {@code ?token=TOKEN} (HttpOnly, SameSite=Strict). Tokens are compared in
 * constant time.
 */
final class Access {
  static final String COOKIE = "policy-themes-token";

  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final byte[] token;
  private final boolean loopback;
  private final String host;

  Access(String token, boolean loopback, String host) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.loopback = loopback;
    this.host = host;
  }

  boolean tokenRequired() {
    return token != null;
  }

  /** Whether the Host header names this server, for a loopback server. */
  boolean hostAllowed(Request request) {
    if (!loopback) {
      return true;
    }
    String name = Request.getServerName(request);
    return name == null
        || LOOPBACK_NAMES.contains(name)
        || name.equalsIgnoreCase(host)
        || name.startsWith("127.");
  }

  /** Whether the request carries the token in its Authorization header or cookie. */
  boolean authorized(Request request) {
    if (token == null) {
      return true;
    }
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return matches(header.substring(7).strip());
    }
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(COOKIE)) {
        return matches(cookie.getValue());
      }
    }
    return false;
  }

  boolean matches(String offered) {
    return token != null
        && offered != null
        && MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8));
  }

  HttpCookie cookie(String offered) {
    return HttpCookie.build(COOKIE, offered)
        .path("/")
        .httpOnly(true)
        .sameSite(HttpCookie.SameSite.STRICT)
        .build();
  }
}
