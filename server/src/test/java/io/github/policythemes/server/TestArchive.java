package io.github.policythemes.server;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexReport;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.LoadOptions;
import io.github.policythemes.index.ThemeIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive of seed articles, indexed once per test JVM with the default model: the samples, one
 * seed file per language, and an article whose title and text are script and HTML (which the page
 * must show as text). Seeds only: the suite never needs {@code ../shared}.
 */
final class TestArchive {
  static final String INJECTION_ID = "xss-0001";

  /** Script and markup in an article's title and text; the words make it a local-finance match. */
  static final String INJECTION_TITLE = "<script>window.__pwned = 'title'</script>지방재정 특례";

  static final String INJECTION_TEXT =
      "<img src=x onerror=\"window.__pwned='img'\"><b>bold?</b> 지방재정 교부세 배분 기준이 바뀐다."
          + " <script>window.__pwned = 'text'</script> 지방교부세와 지방세 비중을 높인다.";

  static final List<String> SEED_FILES = List.of("ko-a.jsonl", "en-a.jsonl", "zh.jsonl");

  private static TestArchive instance;

  final Path root;
  final Path folder;
  final IndexReport report;

  private TestArchive() throws IOException {
    root = Files.createDirectories(Path.of("target", "test-archives"));
    folder = Files.createTempDirectory(root, "seeds-").resolve("archive");
    report = build(folder, inputs());
  }

  static synchronized TestArchive get() {
    if (instance == null) {
      try {
        instance = new TestArchive();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static List<Path> inputs() {
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of("../seeds/samples"));
    for (String file : SEED_FILES) {
      inputs.add(Path.of("../seeds/corpus", file));
    }
    return inputs;
  }

  /** Indexes inputs into a new archive with the default model, plus the injection article. */
  static IndexReport build(Path folder, List<Path> inputs) throws IOException {
    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    try (ThemeIndex index = ThemeIndex.create(folder, IndexedModel.of(classifier))) {
      BatchClassifier batch = BatchClassifier.builder().classifier(classifier).threads(2).build();
      IndexReport report =
          index.addAll(
              batch,
              RecordSource.files(inputs, ReadOptions.defaults()),
              ErrorWriter.jsonl(new StringWriter()),
              LoadOptions.defaults());
      Article injection =
          new Article(
              INJECTION_ID, INJECTION_TITLE, INJECTION_TEXT, null, LocalDate.of(2026, 11, 30));
      index.add(injection, classifier.classify(injection));
      index.commit();
      return report;
    }
  }

  /** A fresh folder for one test's labels and models. */
  Path scratch(String name) throws IOException {
    return Files.createTempDirectory(root, name + "-");
  }
}
