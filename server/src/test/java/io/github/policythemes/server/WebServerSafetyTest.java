package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may connect, what may be served, and the headers that keep article text inert. */
class WebServerSafetyTest {
  static final String TOKEN = "s3cret-token-for-tests-0123456789";

  static WebServer open;
  static WebServer guarded;

  @BeforeAll
  static void start() throws IOException {
    open =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .port(0)
            .build()
            .start();
    guarded =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .port(0)
            .token(TOKEN)
            .build()
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    open.close();
    guarded.close();
  }

  @Test
  void nonLoopbackHost_withoutToken_isRefusedWithTheReason() {
    for (String host : List.of("0.0.0.0", "::")) {
      assertThatThrownBy(
              () ->
                  WebServer.builder()
                      .classifier("default", ThemeClassifier.defaultModel())
                      .host(host)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("refusing to listen on " + host)
          .hasMessageContaining("not a loopback address")
          .hasMessageContaining("--token FILE");
    }
  }

  @Test
  void nonLoopbackHost_withToken_isAccepted() throws IOException {
    // built, not started: the tests never listen beyond loopback
    WebServer server =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .host("0.0.0.0")
            .token(TOKEN)
            .build();
    server.close();
  }

  @Test
  void shortToken_isRefused() {
    assertThatThrownBy(() -> WebServer.builder().token("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16");
  }

  @Test
  void token_isNeededOnTheApiAndThePages() {
    Http none = new Http(guarded.uri());
    for (String path : List.of("/api/health", "/", "/app.js", "/api/openapi.json")) {
      Http.Reply reply = none.get(path);
      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(reply.json().get("message").asText()).contains("Authorization: Bearer TOKEN");
    }
    assertThat(none.post("/api/classify", "{\"text\": \"x\"}").status()).isEqualTo(401);
    assertThat(new Http(guarded.uri(), "wrong-token-wrong-token").get("/api/health").status())
        .isEqualTo(401);
    Http right = new Http(guarded.uri(), TOKEN);
    assertThat(right.get("/api/health").status()).isEqualTo(200);
    assertThat(right.get("/").status()).isEqualTo(200);
  }

  @Test
  void tokenInThePageAddress_setsAStrictHttpOnlyCookie() {
    Http none = new Http(guarded.uri());
    Http.Reply redirect = none.get("/?token=" + TOKEN);
    assertThat(redirect.status()).isEqualTo(303);
    assertThat(redirect.header("Location")).isEqualTo("/");
    String cookie = redirect.header("Set-Cookie");
    assertThat(cookie)
        .contains(Access.COOKIE + "=" + TOKEN)
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    Http.Reply withCookie = none.get("/api/health", "Cookie", Access.COOKIE + "=" + TOKEN);
    assertThat(withCookie.status()).isEqualTo(200);
    assertThat(none.get("/?token=wrong-token-wrong-token").status()).isEqualTo(401);
  }

  @Test
  void foreignHostHeader_isRefusedOnALoopbackServer() {
    String reply =
        new Http(open.uri())
            .raw(
                "GET /api/health HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 403").contains("not this server");
    assertThat(new Http(open.uri()).get("/api/health").status()).isEqualTo(200);
  }

  @Test
  void staticFiles_areServedFromTheJarWithCacheValidators() {
    Http http = new Http(open.uri());
    Http.Reply page = http.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("app.js")
        .doesNotContain("http://", "https://");
    for (String file : List.of("/app.js", "/app.css", "/i18n.js", "/chart.js", "/favicon.svg")) {
      Http.Reply reply = http.get(file);
      assertThat(reply.status()).as(file).isEqualTo(200);
      assertThat(reply.body()).as(file).doesNotContain("https://", "http://cdn");
      Http.Reply again = http.get(file, "If-None-Match", reply.header("ETag"));
      assertThat(again.status()).as(file).isEqualTo(304);
    }
  }

  @Test
  void page_followsAcceptLanguage() {
    Http http = new Http(open.uri());
    assertThat(http.get("/", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8").body())
        .contains("<html lang=\"ko\">");
    assertThat(http.get("/", "Accept-Language", "en-US,en;q=0.9,ko;q=0.5").body())
        .contains("<html lang=\"en\">");
    assertThat(http.get("/", "Accept-Language", "fr").body()).contains("<html lang=\"en\">");
  }

  @Test
  void pathTraversal_neverReachesAFile() {
    Http http = new Http(open.uri());
    List<String> paths =
        List.of(
            "/../pom.xml",
            "/..%2f..%2fpom.xml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/app.js/../../../etc/passwd",
            "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "//etc/passwd",
            "/io/github/policythemes/server/web/app.js",
            "/io/github/policythemes/server/WebServer.class",
            "/META-INF/MANIFEST.MF",
            "/.%2e/.%2e/etc/passwd",
            "/app.js%00.html",
            "/index.html/",
            "/APP.JS");
    for (String path : paths) {
      String reply =
          http.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      String status = reply.substring(9, 12);
      assertThat(status).as(path).isIn("400", "404");
      assertThat(reply)
          .as(path)
          .doesNotContain("root:x:0", "<modelVersion>", "Manifest-Version", "'use strict'");
      assertThat(reply).as(path).contains("\"status\":" + status);
    }
  }

  @Test
  void everyResponse_carriesTheHeadersThatKeepTextInert() {
    Http http = new Http(open.uri());
    for (String path : List.of("/", "/app.js", "/api/health", "/api/nothing")) {
      Http.Reply reply = http.get(path);
      assertThat(reply.header("Content-Security-Policy"))
          .as(path)
          .contains("script-src 'self'")
          .contains("default-src 'none'");
      assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(reply.header("Server")).as(path).isNull();
    }
    assertThat(http.get("/api/health").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void openapi_documentsEveryRouteWithItsMethods() {
    JsonNode spec = new Http(open.uri()).get("/api/openapi.json").json();
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    JsonNode paths = spec.get("paths");
    ApiRoutes.METHODS.forEach(
        (path, methods) -> {
          assertThat(paths.has(path)).as(path).isTrue();
          for (String method : methods.split(", ")) {
            assertThat(paths.get(path).has(method.toLowerCase(java.util.Locale.ROOT)))
                .as(path + " " + method)
                .isTrue();
          }
        });
    assertThat(paths.size()).isEqualTo(ApiRoutes.METHODS.size());
  }
}
