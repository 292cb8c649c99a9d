package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.article.Article;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The labelled articles a benchmark reads: the seed corpus packed into the benchmarks jar (the
 * default, {@code -p corpus=seeds}) or any JSON Lines file with {@code text} and {@code label} or
 * {@code labels} ({@code -p corpus=/path/to/bbc.jsonl}), read in place, never copied.
 */
final class Corpus {
  /** The {@code corpus} parameter value that means the seed corpus. */
  static final String SEEDS = "seeds";

  private static final String SEED_RESOURCE = "seeds";

  private final LabelledData data;

  private Corpus(LabelledData data) {
    this.data = data;
  }

  /**
   * Reads a corpus.
   *
   * @param name {@link #SEEDS} or the path of a JSON Lines file
   * @return the corpus
   * @throws UncheckedIOException if it cannot be read
   */
  static Corpus load(String name) {
    try {
      return new Corpus(SEEDS.equals(name) ? seeds() : LabelledData.read(Path.of(name)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + name + ": " + e.getMessage(), e);
    }
  }

  LabelledData data() {
    return data;
  }

  /** The analysed content (title, blank line, text) of every article in a language, in order. */
  List<String> contents(Language language) {
    List<String> contents = new ArrayList<>();
    for (LabelledArticle labelled : data.articles()) {
      Article article = labelled.article();
      String content = article.content();
      Language actual =
          article.language() != null
              ? article.language()
              : LanguageDetector.standard().detect(content);
      if (actual == language) {
        contents.add(content);
      }
    }
    if (contents.isEmpty()) {
      throw new IllegalArgumentException(
          "corpus " + data.source() + " has no " + language.code() + " articles");
    }
    return contents;
  }

  /** The one label a single-label peer learns: the first label, or {@code none}. */
  static String singleLabel(LabelledArticle article) {
    return article.labels().isEmpty() ? "none" : article.labels().get(0);
  }

  /**
   * Fills an array whose length is a power of two (so a benchmark can cycle with {@code i++ &
   * MASK}) with the texts, repeating from the start to fill the last slots.
   */
  static String[] cycled(List<String> texts, int max) {
    int n = Integer.highestOneBit(Math.min(max, texts.size()));
    if (n < texts.size() && n < max) {
      n *= 2;
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = texts.get(i % texts.size());
    }
    return out;
  }

  private static LabelledData seeds() throws IOException {
    URL url = Corpus.class.getResource(SEED_RESOURCE);
    if (url == null) {
      throw new IOException("the seed corpus is missing from the benchmarks jar");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad resource URL " + url, e);
    }
    if (!"jar".equals(uri.getScheme())) {
      return readAll(Path.of(uri));
    }
    FileSystem jar;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return readAll(FileSystems.getFileSystem(uri).provider().getPath(uri));
    }
    try (jar) {
      return readAll(jar.provider().getPath(uri));
    }
  }

  private static LabelledData readAll(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    return LabelledData.read(files);
  }
}
