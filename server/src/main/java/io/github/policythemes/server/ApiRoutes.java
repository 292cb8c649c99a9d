package io.github.policythemes.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The API's routes: which method and path go to which endpoint, which of them run on the bounded
 * worker pool, and which need the archive. JSON bodies must be sent as {@code application/json} (so
 * that a page on another site cannot post them without the browser asking first).
 */
final class ApiRoutes {
  /** A reply: a status and a JSON body. */
  record Reply(int status, byte[] body) {}

  /** Reads a request body within the limit. */
  @FunctionalInterface
  interface BodyReader {
    byte[] read(Request request) throws IOException;
  }

  private static final String NO_ARCHIVE =
      "no archive: start the server with --index DIR (an archive made by policy-themes index)"
          + " to search, see trends and label";

  /** The methods each path takes. */
  static final Map<String, String> METHODS = new LinkedHashMap<>();

  static {
    for (String path :
        new String[] {
          "/api/health",
          "/api/model",
          "/api/models",
          "/api/taxonomy",
          "/api/search",
          "/api/article",
          "/api/trends",
          "/api/labels/queue",
          "/api/openapi.json"
        }) {
      METHODS.put(path, "GET");
    }
    for (String path : new String[] {"/api/classify", "/api/explain", "/api/parse"}) {
      METHODS.put(path, "POST");
    }
    METHODS.put("/api/labels", "GET, POST");
    METHODS.put("/api/train", "GET, POST");
    METHODS.put("/api/model", "GET, POST");
  }

  private final ClassifyApi classify;
  private final InfoApi info;
  private final ArchiveApi archive;
  private final LabelApi labels;
  private final WorkerPool pool;
  private final StaticFiles files;

  ApiRoutes(
      ClassifyApi classify,
      InfoApi info,
      ArchiveApi archive,
      LabelApi labels,
      WorkerPool pool,
      StaticFiles files) {
    this.classify = classify;
    this.info = info;
    this.archive = archive;
    this.labels = labels;
    this.pool = pool;
    this.files = files;
  }

  Reply handle(String method, String path, Request request, BodyReader body) throws Exception {
    String allowed = METHODS.get(path);
    if (allowed == null) {
      throw ApiException.notFound("no such endpoint: " + path + " (see /api/openapi.json)");
    }
    String verb = method.equals("HEAD") ? "GET" : method;
    if (!allowed.contains(verb)) {
      throw ApiException.methodNotAllowed(method, path, allowed);
    }
    if (verb.equals("GET")) {
      return get(path, Params.of(request));
    }
    byte[] bytes = body.read(request);
    if (path.equals("/api/parse")) {
      Params params = Params.of(request);
      params.requireKnown(java.util.Set.of("name", "format"));
      return ok(
          pool.run(() -> UploadApi.parse(bytes, params.string("name"), params.string("format"))));
    }
    requireJson(request);
    ObjectNode json = Json.object(bytes);
    return switch (path) {
      case "/api/classify" -> ok(pool.run(() -> classify.classify(json)));
      case "/api/explain" -> ok(pool.run(() -> classify.explain(json)));
      case "/api/labels" -> ok(pool.run(() -> labels().save(json)));
      case "/api/train" -> new Reply(202, Json.bytes(labels().train(json)));
      case "/api/model" -> {
        labels().use(json);
        yield ok(info.model());
      }
      default -> throw new IllegalStateException(path);
    };
  }

  private Reply get(String path, Params params) throws Exception {
    if (!path.equals("/api/search")
        && !path.equals("/api/article")
        && !path.equals("/api/trends")
        && !path.equals("/api/labels/queue")) {
      params.requireKnown(java.util.Set.of());
    }
    return switch (path) {
      case "/api/health" -> ok(info.health());
      case "/api/model" -> ok(info.model());
      case "/api/models" -> ok(labels().models());
      case "/api/taxonomy" -> ok(info.taxonomy());
      case "/api/openapi.json" -> new Reply(200, files.openapi().bytes());
      case "/api/search" -> ok(onPool(() -> archive().search(params)));
      case "/api/article" -> ok(onPool(() -> archive().article(params)));
      case "/api/trends" -> ok(onPool(() -> archive().trends(params)));
      case "/api/labels/queue" -> ok(onPool(() -> labels().queue(params)));
      case "/api/labels" -> ok(labels().labels());
      case "/api/train" -> ok(labels().training());
      default -> throw new IllegalStateException(path);
    };
  }

  private <T> T onPool(Callable<T> task) throws Exception {
    return pool.run(task);
  }

  private ArchiveApi archive() {
    if (archive == null) {
      throw ApiException.notFound(NO_ARCHIVE);
    }
    return archive;
  }

  private LabelApi labels() {
    if (labels == null) {
      throw ApiException.notFound(NO_ARCHIVE);
    }
    return labels;
  }

  private static void requireJson(Request request) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(
          415,
          "send the body as Content-Type: application/json"
              + (type == null ? "" : ", not " + type));
    }
  }

  private static Reply ok(Object value) {
    return new Reply(200, Json.bytes(value));
  }
}
