package io.github.policythemes.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A client of a test server: JSON requests over Java's HttpClient, raw ones over a socket. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String token;

  Http(URI base) {
    this(base, null);
  }

  Http(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A response with its body as text and, when it is JSON, as a tree. */
  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  Reply post(String path, String json) {
    return send(
        request(path, "Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  Reply post(String path, byte[] body, String... headers) {
    return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends bytes as they are (a request line Java's client would normalise) and reads the reply. */
  String raw(String request) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      in.transferTo(reply);
      return reply.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Object value) {
    return new String(Json.bytes(value), StandardCharsets.UTF_8);
  }
}
