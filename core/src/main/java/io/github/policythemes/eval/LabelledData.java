package io.github.policythemes.eval;

import static io.github.policythemes.internal.Checks.requireArgument;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Labelled articles read from files, with the SHA-256 of the files' bytes and the records that
 * could not be used.
 *
 * <p>Files are read through {@link RecordSource}, by the rules every command follows: JSON Lines
 * with {@code text} (or {@code body}/{@code content}), an optional {@code title}, {@code labels}
 * (an array, possibly empty) or {@code label} (a string), optional {@code id}, {@code lang}, {@code
 * date}, other fields ignored; or CSV with a header and the same column names, several labels in
 * one cell separated by {@code ;} or {@code |}. A record that cannot be read (malformed, no text,
 * no labels, a bad date, ...) is not an article of the data: it is kept in {@link #rejected()} with
 * its file, line and reason, for the caller to report; nothing is skipped silently.
 *
 * @param articles the articles, in file order
 * @param sha256 the SHA-256 of the files' bytes, in the order read
 * @param source the file name, or {@code <folder>/*} for several files
 * @param rejected the records that could not be used, in file order
 */
public record LabelledData(
    List<LabelledArticle> articles, String sha256, String source, List<ErrorRecord> rejected) {
  /** How labelled data is read by default: the usual fields, and every record must have labels. */
  private static final ReadOptions LABELLED =
      ReadOptions.builder().labels(ReadOptions.Labels.REQUIRED).build();

  /** Validates and copies. */
  public LabelledData {
    articles = List.copyOf(articles);
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(source, "source");
    rejected = List.copyOf(rejected);
  }

  /**
   * Makes data from articles the caller already has, with nothing rejected.
   *
   * @param articles the articles
   * @param sha256 a digest of the data
   * @param source a name for the data
   */
  public LabelledData(List<LabelledArticle> articles, String sha256, String source) {
    this(articles, sha256, source, List.of());
  }

  /**
   * Reads labelled articles from a JSON Lines or CSV file.
   *
   * @param file the file
   * @return the data
   * @throws IOException if the file cannot be read or holds no usable article (the message names
   *     the file and the first rejected record)
   */
  public static LabelledData read(Path file) throws IOException {
    return read(List.of(file), LABELLED);
  }

  /**
   * Reads several files as one data set, in the order given; the SHA-256 covers every file's bytes
   * in that order.
   *
   * @param files the files
   * @return the data
   * @throws IOException if a file cannot be read, or none holds a usable article
   * @throws IllegalArgumentException if no file is given
   */
  public static LabelledData read(List<Path> files) throws IOException {
    return read(files, LABELLED);
  }

  /**
   * Reads several files as one data set with the given field mapping, language and format.
   *
   * @param files the files, read in the order given
   * @param options how to read them; labels must be {@link ReadOptions.Labels#REQUIRED}
   * @return the data
   * @throws IOException if a file cannot be read, or none holds a usable article
   * @throws IllegalArgumentException if no file is given or the options do not require labels
   */
  public static LabelledData read(List<Path> files, ReadOptions options) throws IOException {
    requireArgument(!files.isEmpty(), "no training files given");
    requireArgument(
        options.labels() == ReadOptions.Labels.REQUIRED,
        "labelled data is read with labels REQUIRED, not %s",
        options.labels());
    MessageDigest digest = digest();
    List<LabelledArticle> articles = new ArrayList<>();
    List<ErrorRecord> rejected = new ArrayList<>();
    for (Path file : files) {
      hash(file, digest);
      try (RecordSource source = RecordSource.files(List.of(file), options)) {
        for (InputRecord record = source.next(); record != null; record = source.next()) {
          if (record instanceof ArticleRecord article) {
            articles.add(new LabelledArticle(article.article(), article.labels(), article.line()));
          } else {
            rejected.add((ErrorRecord) record);
          }
        }
      }
    }
    String source = files.size() == 1 ? files.get(0).toString() : files.get(0).getParent() + "/*";
    if (articles.isEmpty()) {
      throw new IOException(
          source
              + ": no labelled articles"
              + (rejected.isEmpty()
                  ? ""
                  : " ("
                      + rejected.size()
                      + " records rejected, the first: "
                      + rejected.get(0).position()
                      + ": "
                      + rejected.get(0).reason()
                      + ")"));
    }
    return new LabelledData(articles, HexFormat.of().formatHex(digest.digest()), source, rejected);
  }

  private static void hash(Path file, MessageDigest digest) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
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

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
