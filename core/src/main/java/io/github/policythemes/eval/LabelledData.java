package io.github.policythemes.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.Utf8;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Labelled articles read from a file, with the SHA-256 of the file's bytes.
 *
 * <p>JSON Lines: one object per line with {@code text} (or {@code body}/{@code content}), an
 * optional {@code title}, and {@code labels} (an array, possibly empty) or {@code label} (a
 * string); optional {@code id}, {@code lang}, {@code date}; other fields are ignored. CSV with a
 * header ({@code .csv}, read by the batch package's RFC 4180 reader): the same column names, with
 * several labels in one {@code labels} cell separated by {@code ;} or {@code |}. A line that cannot
 * be read is an error naming the file and the line; nothing is skipped silently.
 *
 * @param articles the articles, in file order
 * @param sha256 the SHA-256 of the file's bytes
 * @param source the file name
 */
public record LabelledData(List<LabelledArticle> articles, String sha256, String source) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Validates and copies. */
  public LabelledData {
    articles = List.copyOf(articles);
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Reads labelled articles from a JSON Lines or CSV file.
   *
   * @param file the file
   * @return the data
   * @throws IOException if the file cannot be read or a line is malformed (the message names the
   *     file and line)
   */
  public static LabelledData read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = Utf8.decode(bytes, file.toString());
    List<LabelledArticle> articles =
        isCsv(file) ? LabelledCsv.read(file) : parseJsonl(text, file.toString());
    if (articles.isEmpty()) {
      throw new IOException(file + ": no labelled articles");
    }
    return new LabelledData(articles, sha256(bytes), file.toString());
  }

  /**
   * Reads several JSON Lines files as one data set, in the order given; the SHA-256 covers every
   * file's bytes in that order.
   *
   * @param files the files
   * @return the data
   * @throws IOException if a file cannot be read or a line is malformed
   * @throws IllegalArgumentException if no file is given
   */
  public static LabelledData read(List<Path> files) throws IOException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no training files given");
    }
    if (files.size() == 1) {
      return read(files.get(0));
    }
    MessageDigest digest = digest();
    List<LabelledArticle> articles = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      digest.update(bytes);
      articles.addAll(
          isCsv(file)
              ? LabelledCsv.read(file)
              : parseJsonl(Utf8.decode(bytes, file.toString()), file.toString()));
    }
    if (articles.isEmpty()) {
      throw new IOException(files + ": no labelled articles");
    }
    return new LabelledData(
        articles, HexFormat.of().formatHex(digest.digest()), files.get(0).getParent() + "/*");
  }

  /**
   * Checks every label against a taxonomy.
   *
   * @param taxonomy the taxonomy
   * @throws IllegalArgumentException naming the file, line and label of the first unknown label
   */
  public void requireLabelsIn(Taxonomy taxonomy) {
    for (LabelledArticle article : articles) {
      for (String label : article.labels()) {
        if (!taxonomy.contains(label)) {
          throw new IllegalArgumentException(
              source
                  + ":"
                  + article.line()
                  + ": label '"
                  + label
                  + "' is not a theme of "
                  + "taxonomy '"
                  + taxonomy.id()
                  + "' (themes: "
                  + String.join(", ", taxonomy.themeIds())
                  + ")");
        }
      }
    }
  }

  /**
   * Returns the labels in the data, in order of first appearance.
   *
   * @return the distinct labels
   */
  public List<String> labels() {
    Set<String> labels = new LinkedHashSet<>();
    articles.forEach(article -> labels.addAll(article.labels()));
    return List.copyOf(labels);
  }

  /**
   * Tells whether every article has exactly one label (then a single-label model fits).
   *
   * @return true for single-label data
   */
  public boolean singleLabel() {
    return articles.stream().allMatch(article -> article.labels().size() == 1);
  }

  private static boolean isCsv(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  static List<LabelledArticle> parseJsonl(String text, String source) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    long line = 0;
    for (String row : (Iterable<String>) text.lines()::iterator) {
      line++;
      if (row.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(row);
      } catch (JsonProcessingException e) {
        throw new IOException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
      }
      if (!node.isObject()) {
        throw new IOException(source + ":" + line + ": not a JSON object");
      }
      articles.add(article(new JsonFields(node), source, line));
    }
    return articles;
  }

  static LabelledArticle article(Fields fields, String source, long line) throws IOException {
    String where = source + ":" + line + ": ";
    try {
      return article(fields, source, line, where);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IOException(where + e.getMessage(), e);
    }
  }

  private static LabelledArticle article(Fields fields, String source, long line, String where)
      throws IOException {
    String text = fields.text("text", "body", "content");
    if (text == null) {
      throw new IOException(where + "no text (expected a string field text, body or content)");
    }
    List<String> labels = fields.labels();
    if (labels == null) {
      throw new IOException(where + "no labels (expected labels: [...] or label: \"...\")");
    }
    String lang = fields.text("lang");
    String date = fields.text("date");
    Article article =
        new Article(
            Objects.requireNonNullElse(fields.text("id"), source + ":" + line),
            fields.text("title"),
            text,
            lang == null || lang.isBlank() || lang.equals("auto") ? null : Language.fromCode(lang),
            date == null || date.isBlank()
                ? null
                : LocalDate.parse(date.substring(0, Math.min(10, date.length()))));
    return new LabelledArticle(article, labels, line);
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Field access over a JSON object or a CSV row. */
  interface Fields {
    /**
     * The first present field among names, as a string; null if none.
     *
     * @throws IllegalArgumentException if the field is not a string
     */
    String text(String... names);

    /** The labels, or null when there is neither labels nor label. */
    List<String> labels();
  }

  private record JsonFields(JsonNode node) implements Fields {
    @Override
    public String text(String... names) {
      for (String name : names) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull()) {
          if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' is not a string");
          }
          return value.textValue();
        }
      }
      return null;
    }

    @Override
    public List<String> labels() {
      JsonNode labels = node.get("labels");
      if (labels != null && labels.isArray()) {
        List<String> list = new ArrayList<>();
        for (JsonNode label : labels) {
          list.add(label.asText());
        }
        return list;
      }
      JsonNode label = node.get("label");
      if (label != null && (label.isTextual() || label.isNumber())) {
        return label.asText().isBlank() ? List.of() : List.of(label.asText());
      }
      return null;
    }
  }
}
