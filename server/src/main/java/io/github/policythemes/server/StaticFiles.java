package io.github.policythemes.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The page's files, read from the jar once at start into memory: a fixed list of names, so a
 * request path is looked up as a whole name and never resolved against a folder; nothing outside
 * the list (no {@code ..}, no other resource of the jar) can be served.
 */
final class StaticFiles {
  private static final String ROOT = "/io/github/policythemes/server/web/";

  /** The files by request path. */
  private static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("index.html", "text/html; charset=utf-8");
    TYPES.put("app.css", "text/css; charset=utf-8");
    TYPES.put("i18n.js", "text/javascript; charset=utf-8");
    TYPES.put("chart.js", "text/javascript; charset=utf-8");
    TYPES.put("app.js", "text/javascript; charset=utf-8");
    TYPES.put("favicon.svg", "image/svg+xml");
    TYPES.put("openapi.json", "application/json");
  }

  /**
   * A file.
   *
   * @param type its content type
   * @param bytes its bytes
   * @param etag a strong validator made from its bytes
   */
  record File(String type, byte[] bytes, String etag) {}

  private final Map<String, File> files = new LinkedHashMap<>();
  private final String indexHtml;

  StaticFiles() {
    for (Map.Entry<String, String> entry : TYPES.entrySet()) {
      byte[] bytes = read(entry.getKey());
      files.put(entry.getKey(), new File(entry.getValue(), bytes, etag(bytes)));
    }
    indexHtml = new String(files.get("index.html").bytes(), StandardCharsets.UTF_8);
  }

  /** The file for a request path such as {@code /app.js}, or null. */
  File get(String path) {
    if (path.equals("/") || path.equals("/index.html")) {
      return null; // the page itself goes through page(language)
    }
    return path.startsWith("/") ? files.get(path.substring(1)) : null;
  }

  File openapi() {
    return files.get("openapi.json");
  }

  /** The page, with its {@code lang} set to the reader's language. */
  File page(String language) {
    String html =
        indexHtml.replace(
            "<html lang=\"en\">", "<html lang=\"" + language.toLowerCase(Locale.ROOT) + "\">");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    return new File("text/html; charset=utf-8", bytes, etag(bytes));
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the page file " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
